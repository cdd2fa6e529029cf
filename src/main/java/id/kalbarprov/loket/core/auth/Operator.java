package id.kalbarprov.loket.core.auth;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who signs in at the desk. Never deleted (history refers to them): deactivated instead. */
public record Operator(long id, String username, String fullName, Set<Role> roles, boolean active,
                       int failedAttempts, LocalDateTime lockedUntil, boolean mustChangePassword,
                       LocalDateTime createdAt, int version) {

    public Operator {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public Actor actor() {
        return new Actor(id, username, fullName, roles);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Roles in declaration order as stored: "PETUGAS_LOKET,ADMIN". */
    public static String rolesCsv(Set<Role> roles) {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles).stream()
                .map(Role::name).collect(Collectors.joining(","));
    }

    public static Set<Role> parseRoles(String csv) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (csv != null) {
            for (String s : csv.split(",")) {
                if (!s.isBlank()) {
                    roles.add(Role.valueOf(s.strip()));
                }
            }
        }
        return roles;
    }

    /** What the audit log records of an operator: never the password hash. */
    public Map<String, Object> auditFields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("fullName", fullName);
        m.put("roles", rolesCsv(roles));
        m.put("active", active);
        m.put("mustChangePassword", mustChangePassword);
        m.put("lockedUntil", lockedUntil == null ? null : lockedUntil.toString());
        return m;
    }

    public Operator withProfile(String newFullName, Set<Role> newRoles) {
        return new Operator(id, username, newFullName, newRoles, active, failedAttempts, lockedUntil,
                mustChangePassword, createdAt, version);
    }

    public Operator withActive(boolean newActive) {
        return new Operator(id, username, fullName, roles, newActive, failedAttempts, lockedUntil,
                mustChangePassword, createdAt, version);
    }

    public Operator withFailures(int attempts, LocalDateTime until) {
        return new Operator(id, username, fullName, roles, active, attempts, until, mustChangePassword,
                createdAt, version);
    }

    public Operator withMustChange(boolean must) {
        return new Operator(id, username, fullName, roles, active, 0, null, must, createdAt, version);
    }
}

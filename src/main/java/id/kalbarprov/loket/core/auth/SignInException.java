package id.kalbarprov.loket.core.auth;

import java.util.List;

/**
 * Sign-in refused. {@code key} is the message key: {@link #WRONG} never says whether the username
 * exists; {@link #LOCKED} carries the time the lock ends.
 */
public class SignInException extends RuntimeException {

    public static final String WRONG = "signin.error.wrong";
    public static final String LOCKED = "signin.error.locked";
    public static final String INACTIVE = "signin.error.inactive";

    private final String key;
    private final List<Object> args;

    public SignInException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}

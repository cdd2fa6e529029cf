package id.kalbarprov.loket.ui.settings;

import id.kalbarprov.loket.ui.common.Screen;

/** One tab of Pengaturan: its title key and its screen (each lives in its own feature package). */
public record SettingsTab(String id, String titleKey, Screen screen) {
}

import Foundation

/// Where a user's data lives: `--data`, else `$PARCOURS_DATA`, else
/// `$XDG_DATA_HOME/parcours`, else `~/.local/share/parcours`.
public enum DataDirectory {
    public static func resolve(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let flag, !flag.isEmpty { return url(flag, environment) }
        if let value = environment["PARCOURS_DATA"], !value.isEmpty { return url(value, environment) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return url(xdg, environment).appendingPathComponent("parcours", isDirectory: true)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".local/share/parcours", isDirectory: true)
    }

    /// Expands a leading `~` and makes relative paths absolute, so messages name a real place.
    static func url(_ path: String, _ environment: [String: String]) -> URL {
        var expanded = path
        if expanded == "~" || expanded.hasPrefix("~/") {
            let home = environment["HOME"] ?? NSHomeDirectory()
            expanded = home + expanded.dropFirst()
        }
        return URL(fileURLWithPath: expanded, isDirectory: true).standardizedFileURL
    }
}

/// Who is acting: `$PARCOURS_AUTHOR`, else the login name.
public enum Author {
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let name = environment["PARCOURS_AUTHOR"]?.trimmingCharacters(in: .whitespaces), !name.isEmpty { return name }
        if let user = environment["USER"] ?? environment["LOGNAME"], !user.isEmpty { return user }
        return NSUserName()
    }
}

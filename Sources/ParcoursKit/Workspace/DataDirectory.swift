#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import ParcoursDomain

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

extension DataDirectory {
    /// An existing data directory that group or others may read or enter (mode 0755,
    /// 0750…) is set to 0700 when opened for writing: it holds personal data. Opened
    /// read-only, nothing is changed and the notice says so. Nil when the directory is
    /// missing (the log creates it 0700) or already its owner's alone.
    public static func secure(_ directory: URL, readOnly: Bool) -> StorageNotice? {
        var info = stat()
        guard stat(directory.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        let mode = Int(info.st_mode & 0o7777)
        guard mode & 0o077 != 0 else { return nil }
        if readOnly || chmod(directory.path, 0o700) != 0 {
            return .dataDirectoryOpenToOthers(path: directory.path, mode: mode, readOnly: readOnly)
        }
        return .dataDirectoryTightened(path: directory.path, previousMode: mode)
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

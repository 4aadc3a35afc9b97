import Foundation

/// Temporary data directories for tests, and what they hold.
public enum TestDirectory {
    /// A fresh path under the system's temporary directory (not created).
    public static func temporary(_ prefix: String = "parcours-test") -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
    }

    /// Every file under `directory` with its bytes (to prove a command changed nothing).
    public static func files(_ directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[url.path] = try Data(contentsOf: url)
        }
        return files
    }
}

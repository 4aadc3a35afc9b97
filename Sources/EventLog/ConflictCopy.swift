/// Copies a folder-sync tool makes when two machines changed one file
/// (Syncthing `x.sync-conflict-20240101-120000-ABCDEFG.jsonl`, Nextcloud and Dropbox
/// `x (conflicted copy 2024-01-01).jsonl`, ownCloud `x_conflict-20240101-120000.jsonl`).
/// They are not writers' logs: the reader skips them and reports them.
public enum ConflictCopy {
    public static func matches(_ fileName: String) -> Bool {
        let name = fileName.lowercased()
        return name.contains(".sync-conflict-") || name.contains("conflicted copy") || name.contains("_conflict-")
    }
}

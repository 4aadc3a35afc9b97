/// What opening a data directory found about who else may read it (the data is
/// personal: the directory must be its owner's alone, mode 0700).
public enum StorageNotice: Hashable, Sendable {
    /// Group or others could enter the directory (`previousMode`, e.g. 0o755); it was set to 0700.
    case dataDirectoryTightened(path: String, previousMode: Int)
    /// Group or others can enter the directory and it was left so: opened read-only
    /// (nothing is changed then), or its mode could not be changed (another owner).
    case dataDirectoryOpenToOthers(path: String, mode: Int, readOnly: Bool)
}

extension Catalog {
    /// What opening found about the data directory's permissions.
    public static func text(_ notice: StorageNotice, _ l: Language) -> String {
        func octal(_ mode: Int) -> String {
            let digits = String(mode, radix: 8)
            return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        }
        switch notice {
        case .dataDirectoryTightened(let path, let mode):
            return pick(l, "Le dossier de données \(path) était lisible par d’autres utilisateurs (mode \(octal(mode))) : "
                            + "il est maintenant réservé à son propriétaire (0700).",
                        "The data directory \(path) was readable by other users (mode \(octal(mode))): "
                            + "it is now readable by its owner only (0700).")
        case .dataDirectoryOpenToOthers(let path, let mode, let readOnly):
            let why = readOnly ? pick(l, "ouvert en lecture seule, il n’est pas modifié", "opened read-only, it is left unchanged")
                               : pick(l, "son mode n’a pas pu être changé", "its mode could not be changed")
            return pick(l, "Le dossier de données \(path) est lisible par d’autres utilisateurs (mode \(octal(mode))) ; "
                            + "\(why) : « chmod 700 \(path) » le réserve à son propriétaire.",
                        "The data directory \(path) is readable by other users (mode \(octal(mode))); "
                            + "\(why): “chmod 700 \(path)” keeps it to its owner.")
        }
    }
}

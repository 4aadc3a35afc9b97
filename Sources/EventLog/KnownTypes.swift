/// The event types a reader expects, as texts made once (literals, in practice): a
/// record whose type is one of them gets that very text instead of a new string. A new
/// string per record was an allocation made on a decoding thread and freed on another,
/// for every event of a large log; a literal is never allocated nor reference-counted.
public struct KnownTypes: Sendable {
    /// By length in UTF-8 bytes: the texts of that length (a handful at most).
    private var byLength: [[String]] = []

    public init(_ types: some Sequence<String>) {
        for type in types {
            let length = type.utf8.count
            if byLength.count <= length { byLength += Array(repeating: [], count: length + 1 - byLength.count) }
            if !byLength[length].contains(type) { byLength[length].append(type) }
        }
    }

    /// The known text whose bytes are exactly `bytes`, if any.
    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count < byLength.count else { return nil }
        for candidate in byLength[bytes.count] {
            var text = candidate
            if text.withUTF8({ $0.elementsEqual(bytes) }) { return candidate }
        }
        return nil
    }
}

import Foundation

/// A record line's top-level fields as raw JSON bytes, in line order. What a
/// `RecordUpgrader` edits: values stay exactly as written unless the upgrader
/// replaces them, so the payload keeps the bytes its checksum covers.
public struct RecordFields: Sendable, Equatable {
    public private(set) var fields: [(key: String, value: Data)]

    public init(_ fields: [(key: String, value: Data)]) {
        self.fields = fields
    }

    public static func == (lhs: RecordFields, rhs: RecordFields) -> Bool {
        lhs.fields.elementsEqual(rhs.fields) { $0.key == $1.key && $0.value == $1.value }
    }

    /// The raw JSON bytes of a field's value.
    public subscript(key: String) -> Data? {
        get { fields.first { $0.key == key }?.value }
        set {
            if let index = fields.firstIndex(where: { $0.key == key }) {
                if let newValue { fields[index].value = newValue } else { fields.remove(at: index) }
            } else if let newValue {
                fields.append((key, newValue))
            }
        }
    }

    /// Renames a field, keeping its value's bytes.
    public mutating func rename(_ old: String, to new: String) {
        guard let value = self[old] else { return }
        self[old] = nil
        self[new] = value
    }

    /// Sets `"v"` (the record format version).
    public mutating func setVersion(_ version: Int) {
        self["v"] = Data(String(version).utf8)
    }

    /// The fields as one JSON object line (without newline), keys sorted.
    func line() -> [UInt8] {
        var output: [UInt8] = [UInt8(ascii: "{")]
        for (index, field) in fields.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            JSONText.appendString(field.key, to: &output)
            output.append(UInt8(ascii: ":"))
            output.append(contentsOf: field.value)
        }
        output.append(UInt8(ascii: "}"))
        return output
    }
}

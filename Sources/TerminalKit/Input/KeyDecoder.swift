/// Maps what ncurses' `get_wch` returns to a `Key`.
///
/// `get_wch` returns OK with a character (control characters included) or
/// KEY_CODE_YES with a key code. The codes are ncurses' own values (checked against
/// the C header in the tests), kept here so decoding stays pure and testable.
public enum KeyDecoder {
    /// What one `get_wch` call produced.
    public enum Raw: Sendable, Hashable {
        /// OK: a wide character.
        case character(UInt32)
        /// KEY_CODE_YES: a function key code.
        case keyCode(Int32)
    }

    /// ncurses key codes (from `<curses.h>`).
    public enum Code {
        public static let down: Int32 = 0o402
        public static let up: Int32 = 0o403
        public static let left: Int32 = 0o404
        public static let right: Int32 = 0o405
        public static let home: Int32 = 0o406
        public static let backspace: Int32 = 0o407
        public static let f0: Int32 = 0o410
        public static let deleteCharacter: Int32 = 0o512
        public static let insertCharacter: Int32 = 0o513
        public static let nextPage: Int32 = 0o522
        public static let previousPage: Int32 = 0o523
        public static let enter: Int32 = 0o527
        public static let backTab: Int32 = 0o541
        public static let end: Int32 = 0o550
        public static let mouse: Int32 = 0o631
        public static let resize: Int32 = 0o632
    }

    /// The key for one raw result, or nil for what is not a key (a NUL, an invalid scalar).
    public static func decode(_ raw: Raw) -> Key? {
        switch raw {
        case .character(let value):
            switch value {
            case 0: return nil
            case 8, 127: return .backspace
            case 9: return .tab
            case 10, 13: return .enter
            case 27: return .escape
            case 1...26:
                return .ctrl(Character(Unicode.Scalar(UInt8(value) + 96)))
            case 28...31: return .unknown(Int(value))
            default:
                guard let scalar = Unicode.Scalar(value) else { return nil }
                return .character(Character(scalar))
            }
        case .keyCode(let code):
            switch code {
            case Code.down: return .down
            case Code.up: return .up
            case Code.left: return .left
            case Code.right: return .right
            case Code.home: return .home
            case Code.end: return .end
            case Code.backspace: return .backspace
            case Code.deleteCharacter: return .delete
            case Code.insertCharacter: return .insert
            case Code.nextPage: return .pageDown
            case Code.previousPage: return .pageUp
            case Code.enter: return .enter
            case Code.backTab: return .backTab
            case Code.resize: return .resize
            case (Code.f0 + 1)...(Code.f0 + 63): return .function(Int(code - Code.f0))
            default: return .unknown(Int(code))
            }
        }
    }

    /// Joins an Escape and the key read right after it into Alt-key (Esc + character).
    public static func combineEscape(with next: Key?) -> [Key] {
        switch next {
        case nil: return [.escape]
        case .character(let c)?: return [.alt(c)]
        case let other?: return [.escape, other]
        }
    }
}

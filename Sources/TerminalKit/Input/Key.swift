/// A key press (or a terminal event delivered like one), independent of ncurses.
public enum Key: Sendable, Hashable {
    case character(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab
    case backspace, delete, insert
    /// F1…F12 (and beyond).
    case function(Int)
    /// Ctrl with a letter, lowercase: Ctrl-R is `.ctrl("r")`.
    case ctrl(Character)
    /// Alt (Meta) with a character, when the terminal sends Esc + character.
    case alt(Character)
    /// The terminal changed size.
    case resize
    /// A key code ncurses knows but Key has no name for.
    case unknown(Int)
}

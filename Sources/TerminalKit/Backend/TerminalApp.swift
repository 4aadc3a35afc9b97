/// An Elm-style loop: `update` changes the model for each event, `view` draws it.
///
/// Keeps ncurses on the calling (main) thread; background work posts to `inbox`. Below
/// `minimumSize` the screen shows a `MinimumSizeNotice` instead of the view (keys still
/// reach `update`, so quitting works). The terminal is restored whenever `run` returns
/// or throws.
public struct TerminalApp<Model, Message: Sendable> {
    public var minimumSize: Size?
    /// Interval of `.tick` events; nil for none.
    public var tickInterval: Duration?
    /// How often the inbox is looked at while no key arrives.
    public var inboxInterval: Duration = .milliseconds(50)
    public var language: LabelLanguage
    public let inbox = Inbox<Message>()

    public init(minimumSize: Size? = nil, tickInterval: Duration? = nil, language: LabelLanguage = .english) {
        self.minimumSize = minimumSize
        self.tickInterval = tickInterval
        self.language = language
    }

    /// The frame shown for a model at a size: the view, or the notice when too small.
    public func frame(_ model: Model, size: Size, view: (Model, Size) -> Frame) -> Frame {
        if let minimumSize, !size.fits(minimumSize) {
            var canvas = Canvas(size: size)
            MinimumSizeNotice(required: minimumSize, actual: size, language: language).draw(into: &canvas)
            return Frame(canvas: canvas)
        }
        return view(model, size)
    }

    /// Runs until `update` returns `.quit`; returns the last model.
    /// - Throws: `TerminalError` if the terminal cannot be used or its input closes.
    public func run(_ initial: Model,
                    environment: [String: String]? = nil,
                    update: (inout Model, Event<Message>) -> LoopCommand?,
                    view: (Model, Size) -> Frame) throws -> Model {
        let terminal = try environment.map { try Terminal(environment: $0) } ?? Terminal()
        return try run(initial, on: terminal, update: update, view: view)
    }

    /// Like `run(_:update:view:)` on a terminal you opened; stops it before returning.
    public func run(_ initial: Model, on terminal: Terminal,
                    update: (inout Model, Event<Message>) -> LoopCommand?,
                    view: (Model, Size) -> Frame) throws -> Model {
        defer { terminal.stop() }
        var model = initial
        let clock = ContinuousClock()
        var nextTick = tickInterval.map { clock.now + $0 }
        var dirty = true
        while true {
            for message in inbox.drain() {
                dirty = true
                if update(&model, .message(message)) == .quit { return model }
            }
            if let due = nextTick, let interval = tickInterval, clock.now >= due {
                nextTick = max(due + interval, clock.now)
                dirty = true
                if update(&model, .tick) == .quit { return model }
            }
            if dirty {
                let shown = frame(model, size: terminal.size, view: view)
                terminal.draw(shown.canvas, cursor: shown.cursor)
                dirty = false
            }
            var wait = inboxInterval
            if let due = nextTick { wait = min(wait, max(.zero, due - clock.now)) }
            let milliseconds = Int(wait.components.seconds * 1000 + wait.components.attoseconds / 1_000_000_000_000_000)
            guard let key = try terminal.readKey(timeoutMilliseconds: milliseconds) else { continue }
            dirty = true
            let event: Event<Message> = key == .resize ? .resize(terminal.size) : .key(key)
            if update(&model, event) == .quit { return model }
        }
    }
}

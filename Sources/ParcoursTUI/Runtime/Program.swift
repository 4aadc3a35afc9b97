import ParcoursDomain
import TerminalKit

/// Runs the Elm loop: a message goes through `update`, the effects it returns go to the
/// effect handler, and what they lead to comes back as messages through `update` again.
/// The model changes nowhere else.
///
/// With `post`, effects run on an `EffectWorker` (one background thread, in order) and
/// their messages are posted — the terminal loop hands them back through its inbox — so
/// the interface answers keys while a sync runs. Without it, effects run at once on the
/// caller's thread and their messages are sent before `send` returns (`InterfaceDriver`,
/// tests).
final class Program {
    private(set) var model: Model
    private(set) var quit = false
    private let handler: any EffectHandler
    private let worker: EffectWorker?

    init(handler: any EffectHandler, language: Language, size: Size = View.minimum,
         post: (@Sendable (Msg) -> Void)? = nil) {
        self.handler = handler
        let worker = post.map { EffectWorker(handler: handler, post: $0) }
        self.worker = worker
        // Even the first read of the workspace happens on the worker's thread.
        let start = worker.map { worker in worker.sync { handler.start() } } ?? handler.start()
        model = Model(start: start, language: language, size: size)
        send(.resize(size))
    }

    /// Sends one message, and (without a worker) everything its effects lead to.
    func send(_ msg: Msg) {
        var pending = [msg]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            for effect in Update.update(&model, next) {
                if effect == .quit {
                    quit = true
                } else if let worker {
                    worker.submit(effect)
                } else {
                    handler.run(effect) { pending.append($0) }
                }
            }
        }
    }

    /// Sends keys one after another.
    func press(_ keys: Key...) { for key in keys { send(.key(key)) } }

    /// Types text into whatever has the focus, one character at a time.
    func type(_ text: String) { for ch in text { send(.key(.character(ch))) } }

    func frame() -> Frame { View.frame(model) }
}

import Dispatch

/// One background thread that carries out effects one at a time, in the order they were
/// submitted, and posts what they lead to. Being the only thread that touches the
/// workspace (which is not thread-safe) is what lets the interface thread go on drawing
/// and answering keys while a sync or the demo runs: a perform queued behind them sees
/// their result, and the 500 ms refresh waits its turn.
final class EffectWorker: Sendable {
    private let queue = DispatchQueue(label: "parcours.effects", qos: .userInitiated)
    private let handler: any EffectHandler
    private let post: @Sendable (Msg) -> Void

    init(handler: any EffectHandler, post: @escaping @Sendable (Msg) -> Void) {
        self.handler = handler
        self.post = post
    }

    /// Queues an effect behind those submitted before; returns at once.
    func submit(_ effect: Effect) {
        queue.async { [handler, post] in
            handler.run(effect) { post($0) }
        }
    }

    /// Runs `body` on the worker, after everything submitted so far, and waits for it.
    func sync<T: Sendable>(_ body: @Sendable () -> T) -> T {
        queue.sync(execute: body)
    }
}

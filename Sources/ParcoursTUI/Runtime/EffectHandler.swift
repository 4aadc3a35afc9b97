/// Carries out effects against the outside world. `Program` calls it on its worker
/// thread (the terminal) or at once on the caller's (`InterfaceDriver`, tests); the
/// handler need not be thread-safe: it is only ever used from one thread at a time.
protocol EffectHandler: Sendable {
    /// What the interface starts from.
    func start() -> Start
    /// Carries out one effect, handing `deliver` what it leads to: progress as it goes,
    /// then exactly one outcome for a write, one answer for a read, nothing for `quit`.
    func run(_ effect: Effect, deliver: (Msg) -> Void)
}

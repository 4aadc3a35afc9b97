import ParcoursDomain
import ParcoursKit
import TerminalKit

/// Drives the terminal interface without a terminal: keys in, frames out. Effects
/// (commands, refreshes, journal reads, the demo, sync) run at once on the caller's
/// thread, before `press` returns, so what is measured or asserted is update, effects
/// and render, one key at a time. The interface itself runs them on a worker thread.
///
/// ```swift
/// let driver = InterfaceDriver(workspace: workspace, language: .fr, size: Size(width: 120, height: 40))
/// driver.press(.enter, .tab)          // open the first cohort, then its sessions
/// print(driver.frame().canvas.text())
/// ```
public final class InterfaceDriver {
    let program: Program
    private let effects: WorkspaceEffects

    /// The interface on `workspace`, at `size`, as it first shows (the dashboard, or the
    /// welcome screen of an empty workspace). The driver uses the workspace from the
    /// caller's thread: use it from one thread at a time.
    public init(workspace: Workspace, language: Language, size: Size = Size(width: 80, height: 24),
                loadDemo: DemoLoader? = nil) {
        effects = WorkspaceEffects(workspace: workspace, language: language, loadDemo: loadDemo)
        program = Program(handler: effects, language: language, size: size)
    }

    /// Presses keys one after another, each with everything it leads to.
    public func press(_ keys: Key...) { for key in keys { program.send(.key(key)) } }

    /// Types text into whatever has the focus, one character at a time.
    public func type(_ text: String) { program.type(text) }

    /// The periodic tick: reads what other processes appended.
    public func tick() { program.send(.tick) }

    /// Hands the interface the workspace's state again, as a refresh that found changes
    /// does: what the screen derives from the whole state is made again.
    public func reloadState() { program.send(.refreshed(effects.refresh(newEvents: 0))) }

    /// The screen as it would be drawn now.
    public func frame() -> Frame { program.frame() }

    /// Whether the user asked to quit.
    public var hasQuit: Bool { program.quit }
}

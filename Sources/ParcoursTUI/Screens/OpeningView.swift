import ParcoursDomain
import ParcoursKit
import TerminalKit

/// The first frame while a (big) data directory opens: a title, what is being done
/// (restoring the saved state, reading the logs, saving the state) and a progress bar.
enum OpeningView {
    static func canvas(progress: OpeningProgress?, language l: Language, size: Size) -> Canvas {
        var canvas = Canvas(size: size)
        let width = min(60, size.width - 4)
        guard width > 10, size.height >= 5 else { return canvas }
        let rect = Rect(row: (size.height - 5) / 2, col: (size.width - width) / 2, width: width, height: 5)
        let inner = Panel.draw(into: &canvas, in: rect, title: UIText.appName.text(l))
        canvas.put(label(progress?.phase).text(l), row: inner.row, col: inner.col + 1, maxWidth: inner.width - 2)
        ProgressBar(fraction: progress?.fraction ?? 0).draw(into: &canvas, row: inner.row + 2, col: inner.col + 1, width: inner.width - 2)
        return canvas
    }

    static func label(_ phase: OpeningProgress.Phase?) -> UIText {
        switch phase {
        case nil: .opening
        case .restoring?: .openingRestoring
        case .reading(let afterSnapshot)?: afterSnapshot ? .openingReadingNew : .openingReading
        case .saving?: .openingSaving
        }
    }
}

import Testing
import TerminalKit

@Suite struct TerminalAppTests {
    @Test func belowMinimumSizeShowsTheNotice() {
        let app = TerminalApp<Int, Never>(minimumSize: Size(width: 80, height: 24))
        let view: (Int, Size) -> Frame = { model, size in
            var canvas = Canvas(size: size)
            canvas.put("model \(model)", row: 0, col: 0)
            return Frame(canvas: canvas, cursor: Position(row: 0, col: 0))
        }
        let small = app.frame(7, size: Size(width: 60, height: 20), view: view)
        #expect(small.canvas.text().contains("Terminal too small: needs at least 80×24, now 60×20"))
        #expect(small.cursor == nil)
        let fine = app.frame(7, size: Size(width: 80, height: 24), view: view)
        #expect(fine.canvas.lines()[0] == "model 7")
    }

    @Test func inboxDeliversMessagesFromOtherThreadsInOrder() async {
        let inbox = Inbox<Int>()
        await withTaskGroup(of: Void.self) { group in
            for t in 0..<4 {
                group.addTask { for i in 0..<100 { inbox.post(t * 1000 + i) } }
            }
        }
        let drained = inbox.drain()
        #expect(drained.count == 400)
        for t in 0..<4 {
            let own = drained.filter { $0 / 1000 == t }
            #expect(own == (0..<100).map { t * 1000 + $0 })
        }
        #expect(inbox.drain().isEmpty)
    }
}

import Testing
@testable import VeilleTUI

@Suite("Screen layout")
struct ScreenLayoutTests {
    let three: [PaneID] = [.delegations, .regions, .measures]

    @Test(arguments: [(160, Layout.Kind.columns), (120, .columns), (119, .stacked), (80, .stacked), (79, .tabs), (40, .tabs), (39, .tooSmall)])
    func kindFollowsWidth(_ width: Int, _ kind: Layout.Kind) {
        #expect(Layout.compute(size: Size(width: width, height: 30), panes: three, focus: .regions).kind == kind)
    }

    @Test func tooShortIsTooSmall() {
        #expect(Layout.compute(size: Size(width: 100, height: 9), panes: three, focus: .regions).kind == .tooSmall)
    }

    @Test(arguments: [Size(width: 40, height: 10), Size(width: 79, height: 24), Size(width: 80, height: 24),
                      Size(width: 120, height: 40), Size(width: 200, height: 60), Size(width: 119, height: 11)])
    func panesStayInsideTheBodyAndDoNotOverlap(_ size: Size) {
        for panes in [three, PaneID.allCases] {
            let layout = Layout.compute(size: size, panes: panes, focus: .delegations)
            var rects = Array(layout.panes.values)
            if let e = layout.evidence { rects.append(e) }
            for r in rects {
                #expect(r.x >= 0 && r.maxX <= size.width && r.y >= 1 && r.maxY <= size.height - 1)
                #expect(r.height >= 3)
            }
            for (i, a) in rects.enumerated() {
                for b in rects[(i + 1)...] {
                    #expect(a.maxX <= b.x || b.maxX <= a.x || a.maxY <= b.y || b.maxY <= a.y)
                }
            }
        }
    }

    @Test func tabsShowOnlyTheFocusedPane() {
        let layout = Layout.compute(size: Size(width: 60, height: 24), panes: three, focus: .measures)
        #expect(Array(layout.panes.keys) == [.measures])
        #expect(layout.tabs != nil)
    }

    @Test(arguments: [Size(width: 20, height: 8), Size(width: 40, height: 10), Size(width: 60, height: 20),
                      Size(width: 100, height: 30), Size(width: 200, height: 60)])
    func everySizeRendersWithoutCrashing(_ size: Size) {
        for articles in [[Fixtures.main], Fixtures.two] {
            for actions: [Action] in [[], [.open], [.toggleHelp], [.openPicker], [.startSearch, .type("x")]] {
                var s = Fixtures.state(articles, width: size.width, height: size.height)
                for a in actions { s = Reducer.reduce(s, a) }
                let frame = Fixtures.frame(s)
                // Every row spans the screen exactly, wide characters counted twice.
                for y in 0..<size.height { #expect(TextWidth.of(frame.row(y)) == size.width, "row \(y) at \(size.width)x\(size.height)") }
                if let c = frame.cursor { #expect(c.x >= 0 && c.x < size.width && c.y >= 0 && c.y < size.height) }
                if s.layout.kind == .tooSmall {
                    #expect(frame.contains("Terminal too small"))
                } else {
                    // The status line is the last row and is painted across.
                    #expect(frame.roles(y: size.height - 1).allSatisfy { $0 == .status || $0 == .key || $0 == .error })
                }
            }
        }
    }
}

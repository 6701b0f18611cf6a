import Foundation
import Testing
import TestSupport

/// `veille fetch` on a terminal: a progress line while feeds are in flight, gone when the report is printed.
@Suite(.enabled(if: TmuxSession.available)) struct FetchProgressEndToEndTests {
    @Test func aProgressLineWhileFetchingThenTheReport() throws {
        let feed = try Data(contentsOf: Fixtures.directory.appendingPathComponent("fetch/en-wire-atom.xml"))
        let server = try LoopbackServer(routes: [
            "/fast.atom": LoopbackServer.Response(body: Array(feed)),
            "/slow.atom": LoopbackServer.Response(body: Array(feed), delay: 3),
        ])
        defer { server.stop() }
        let scratch = try ScratchFolder("veille-fetch-progress")
        try scratch.write("feeds.txt", Array("\(server.base)/fast.atom\n\(server.base)/slow.atom\n".utf8))
        let tmux = try TmuxSession(arguments: "fetch --feeds \(scratch.path("feeds.txt")) --into \(scratch.path("corpus"))")
        let during = tmux.wait(for: "fetching feeds 1/2")
        #expect(during.contains("fetching feeds 1/2"))
        let after = tmux.wait(for: "EXIT=", timeout: 10)
        #expect(after.contains("1 new article in"), "the same entry in both feeds is saved once")
        #expect(after.contains("EXIT=0"))
        #expect(!after.contains("fetching feeds"), "the progress line is cleared before the report")
    }
}

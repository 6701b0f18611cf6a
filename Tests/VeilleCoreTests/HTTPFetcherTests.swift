import Foundation
import Testing
import TestSupport
@testable import VeilleCore

/// GETs against a server of the test's own on loopback: no other address is reached.
@Suite struct HTTPFetcherTests {
    static let page = "<html><head><title>Essai</title></head><body><p>Une page servie en local.</p></body></html>"
    let server: LoopbackServer
    let fetcher = HTTPFetcher(limits: HTTPLimits(idleTimeout: 1, totalTimeout: 5, maximumBytes: 100_000, maximumRedirects: 3))

    init() throws {
        server = try LoopbackServer(routes: [
            "/page": .text(Self.page),
            "/moved": .redirect(to: "/page"),
            "/loop": .redirect(to: "/loop"),
            "/slow": LoopbackServer.Response(body: Array(Self.page.utf8), delay: 3),
            "/huge": LoopbackServer.Response(body: [UInt8](repeating: 0x41, count: 300_000)),
            "/gzip": LoopbackServer.Response(headers: [("Content-Encoding", "gzip"), ("Content-Type", "text/html")], body: gzipStored(Array(Self.page.utf8))),
            "/dated": LoopbackServer.Response(headers: [("Last-Modified", "Tue, 04 Mar 2025 08:00:00 GMT")], body: Array(Self.page.utf8)),
            "/dropped": LoopbackServer.Response(body: [UInt8](repeating: 0x41, count: 20_000), dropsAfter: 700),
        ])
    }

    private func body(_ path: String) throws -> HTTPBody {
        try fetcher.get(server.base + path).get()
    }

    private func problem(_ path: String) -> FetchProblem? {
        if case .failure(let p) = fetcher.get(server.base + path) { return p }
        return nil
    }

    @Test func aPageArrivesWholeWithItsAddress() throws {
        let got = try body("/page")
        #expect(got.bytes == Array(Self.page.utf8))
        #expect(got.url.path == "/page")
        #expect(server.headers(of: "/page")?.contains("accept-encoding: gzip") == true)
    }

    @Test func redirectsAreFollowedToTheirEndWithinTheLimit() throws {
        let got = try body("/moved")
        #expect(got.bytes == Array(Self.page.utf8))
        #expect(got.url.path == "/page")
        #expect(problem("/loop") == .tooManyRedirects(3))
    }

    @Test func gzipIsUndone() throws {
        #expect(try body("/gzip").bytes == Array(Self.page.utf8))
    }

    @Test func errorsAreOneLineEach() {
        #expect(problem("/missing") == .status(404))
        #expect(problem("/missing")?.description.hasPrefix("HTTP 404") == true)
        #expect(problem("/slow") == .timedOut(seconds: 1))
        #expect(problem("/huge") == .tooLarge(limit: 100_000))
        if case .failure(let p) = fetcher.get("ftp://127.0.0.1/x") { #expect(p == .notAnAddress) } else { Issue.record("ftp is not fetched") }
        for p in [problem("/missing"), problem("/huge")].compactMap({ $0 }) { #expect(!p.description.contains("\n")) }
    }

    /// A server that closes the connection before the length it announced: one line, never a short body
    /// taken for the page.
    @Test func aDroppedConnectionIsAnErrorNotAShortPage() {
        let p = problem("/dropped")
        #expect(p != nil, "a truncated body was accepted")
        #expect(p.map { !$0.description.isEmpty && !$0.description.contains("\n") } == true, "\(String(describing: p))")
        // The next request goes through as usual.
        #expect((try? body("/page"))?.bytes == Array(Self.page.utf8))
    }

    @Test func aClosedPortIsAConnectionError() throws {
        let closed = try LoopbackServer(routes: [:])
        closed.stop()
        guard case .failure(.transport) = fetcher.get(closed.base + "/page") else {
            Issue.record("a closed port should fail to connect")
            return
        }
    }

    @Test func lastModifiedDatesThePage() throws {
        #expect(try body("/dated").lastModified == Date(timeIntervalSince1970: 1_741_075_200))
        #expect(try body("/page").lastModified == nil)
    }
}

import Foundation
import Synchronization

/// A small HTTP/1.1 server on 127.0.0.1 and a port the system picks, for the fetch tests: it answers each
/// path from a fixed table (pages, feeds, errors, redirects, a slow or an oversized answer) and keeps the
/// paths it was asked for, so a test can tell what was fetched and how often. One request per connection.
public final class LoopbackServer: Sendable {
    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: [UInt8]
        /// Seconds to wait before answering.
        public var delay: Double
        /// The connection is closed after this many bytes of the body, its full length announced: a server
        /// that drops the connection midway.
        public var dropsAfter: Int?

        public init(status: Int = 200, headers: [(String, String)] = [], body: [UInt8], delay: Double = 0, dropsAfter: Int? = nil) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
            self.dropsAfter = dropsAfter
        }

        /// A fixture file's bytes.
        public static func file(_ url: URL, type: String) throws -> Response {
            Response(headers: [("Content-Type", type)], body: Array(try Data(contentsOf: url)))
        }

        public static func text(_ s: String, type: String = "text/html; charset=utf-8") -> Response {
            Response(headers: [("Content-Type", type)], body: Array(s.utf8))
        }

        public static func redirect(to path: String, status: Int = 302) -> Response {
            Response(status: status, headers: [("Location", path)], body: [])
        }
    }

    public let port: UInt16
    private let routes: [String: Response]
    private let listener: Int32
    private let requested = Mutex<[String]>([])
    private let headersSeen = Mutex<[String: String]>([:])

    public var base: String { "http://127.0.0.1:\(port)" }

    /// The paths asked for, in order.
    public var requests: [String] { requested.withLock { $0 } }

    /// The request headers (lower-cased names) of the last request for `path`.
    public func headers(of path: String) -> String? { headersSeen.withLock { $0[path] } }

    /// Written in fixtures where the server's own address belongs (a feed's links); replaced when served.
    public static let placeholder = "http://loopback.invalid"

    public init(routes: [String: Response]) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        listener = fd
        let base = "http://127.0.0.1:\(port)"
        self.routes = routes.mapValues { r in
            var r = r
            let text = String(decoding: r.body, as: UTF8.self)
            if text.contains(Self.placeholder) { r.body = Array(text.replacingOccurrences(of: Self.placeholder, with: base).utf8) }
            return r
        }
        let server = self
        Thread.detachNewThread { server.acceptLoop() }
    }

    /// Stops accepting; connections being answered finish on their own.
    public func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            let server = self
            Thread.detachNewThread { server.answer(connection) }
        }
    }

    private func answer(_ connection: Int32) {
        defer { close(connection) }
        guard let head = readHead(connection) else { return }
        let lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        let parts = lines.first?.split(separator: " ") ?? []
        guard parts.count >= 2 else { return }
        let path = String(parts[1])
        requested.withLock { $0.append(path) }
        headersSeen.withLock { $0[path] = lines.dropFirst().joined(separator: "\n").lowercased() }
        let response = routes[path] ?? Response(status: 404, headers: [("Content-Type", "text/plain")], body: Array("not here".utf8))
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        var out = "HTTP/1.1 \(response.status) \(response.status == 200 ? "OK" : "Status")\r\n"
        for (name, value) in response.headers { out += "\(name): \(value)\r\n" }
        out += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
        send(Array(out.utf8) + response.body.prefix(response.dropsAfter ?? response.body.count), to: connection)
    }

    private func readHead(_ connection: Int32) -> String? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while bytes.count < 65_536 {
            let n = read(connection, &buffer, buffer.count)
            guard n > 0 else { return nil }
            bytes += buffer[0..<n]
            if let end = String(decoding: bytes, as: UTF8.self).range(of: "\r\n\r\n") {
                return String(String(decoding: bytes, as: UTF8.self)[..<end.lowerBound])
            }
        }
        return nil
    }

    private func send(_ bytes: [UInt8], to connection: Int32) {
        var sent = 0
        while sent < bytes.count {
            // MSG_NOSIGNAL: a client that hung up (the oversized case) must not kill the test process with SIGPIPE.
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { return }
            sent += n
        }
    }
}

/// A gzip member holding `bytes` in one stored (uncompressed) deflate block: what a server's
/// Content-Encoding: gzip looks like, without a compressor in the tests.
public func gzipStored(_ bytes: [UInt8]) -> [UInt8] {
    precondition(bytes.count < 65_536)
    let n = UInt16(bytes.count)
    var out: [UInt8] = [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF]
    out += [0x01, UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8(~n >> 8)]
    out += bytes
    var crc: UInt32 = 0xFFFF_FFFF
    for b in bytes {
        crc ^= UInt32(b)
        for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    crc = ~crc
    let size = UInt32(bytes.count)
    for v in [crc, size] { out += [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)] }
    return out
}

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// What one GET may cost: news pages and feeds are small, a server that stalls or sends a film is an error.
public struct HTTPLimits: Sendable {
    /// Seconds without a byte before the request fails, and for the whole response.
    public var idleTimeout: TimeInterval
    public var totalTimeout: TimeInterval
    public var maximumBytes: Int
    public var maximumRedirects: Int

    public init(idleTimeout: TimeInterval = 15, totalTimeout: TimeInterval = 60,
                maximumBytes: Int = TextDecoder.maximumBytes, maximumRedirects: Int = 5) {
        self.idleTimeout = idleTimeout
        self.totalTimeout = totalTimeout
        self.maximumBytes = maximumBytes
        self.maximumRedirects = maximumRedirects
    }
}

/// A response body and where it was finally found (after redirects).
public struct HTTPBody: Sendable {
    public var bytes: [UInt8]
    public var url: URL
    /// The server's Last-Modified, which dates a page nothing else dates.
    public var lastModified: Date?
}

/// Why a GET gave nothing, in one line.
public enum FetchProblem: Error, Sendable, Equatable, CustomStringConvertible {
    case notAnAddress
    case status(Int)
    case tooLarge(limit: Int)
    case timedOut(seconds: Int)
    case tooManyRedirects(Int)
    case transport(String)

    public var description: String {
        switch self {
        case .notAnAddress: "not an http or https address"
        case .status(let code): "HTTP \(code) \(HTTPURLResponse.localizedString(forStatusCode: code).lowercased())"
        case .tooLarge(let limit): "response larger than \(limit / 1_000_000) MB, not read"
        case .timedOut(let s): "no answer within \(s) s"
        case .tooManyRedirects(let n): "more than \(n) redirects"
        case .transport(let reason): reason
        }
    }
}

/// GETs through Foundation's URLSession (libcurl on Linux, which also undoes gzip), with the limits enforced
/// as the bytes arrive: an oversized body is abandoned at the limit, not read to its end.
public struct HTTPFetcher: Sendable {
    public var limits: HTTPLimits

    public init(limits: HTTPLimits = HTTPLimits()) {
        self.limits = limits
    }

    public static func isAddress(_ s: String) -> Bool {
        let lower = s.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && URL(string: s)?.host != nil
    }

    /// Blocks the calling thread until the response is in or has failed.
    public func get(_ address: String) -> Result<HTTPBody, FetchProblem> {
        guard Self.isAddress(address), let url = URL(string: address) else { return .failure(.notAnAddress) }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = limits.idleTimeout
        configuration.timeoutIntervalForResource = limits.totalTimeout
        configuration.httpAdditionalHeaders = ["User-Agent": "veille/1 (news reader)", "Accept-Encoding": "gzip"]
        let transfer = Transfer(limits: limits)
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        session.dataTask(with: url).resume()
        transfer.done.wait()
        return transfer.outcome(url: url, limits: limits)
    }
}

/// One transfer's delegate: collects the body, counts redirects, cuts at the size limit.
private final class Transfer: NSObject, URLSessionDataDelegate, Sendable {
    struct State {
        var bytes: [UInt8] = []
        var response: HTTPURLResponse?
        var redirects = 0
        var problem: FetchProblem?
        var error: Error?
    }

    let limits: HTTPLimits
    let state = Mutex(State())
    let done = DispatchSemaphore(value: 0)

    init(limits: HTTPLimits) {
        self.limits = limits
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        let allowed = state.withLock { s in
            s.redirects += 1
            if s.redirects > limits.maximumRedirects { s.problem = .tooManyRedirects(limits.maximumRedirects) }
            return s.problem == nil
        }
        completionHandler(allowed ? request : nil)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        let tooLarge = response.expectedContentLength > Int64(limits.maximumBytes)
        state.withLock { s in
            s.response = response as? HTTPURLResponse
            if tooLarge { s.problem = .tooLarge(limit: limits.maximumBytes) }
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = state.withLock { s in
            guard s.problem == nil else { return true }
            s.bytes.append(contentsOf: data)
            if s.bytes.count > limits.maximumBytes { s.problem = .tooLarge(limit: limits.maximumBytes) }
            return s.problem != nil
        }
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        state.withLock { s in s.error = error }
        done.signal()
    }

    func outcome(url: URL, limits: HTTPLimits) -> Result<HTTPBody, FetchProblem> {
        state.withLock { s in
            if let problem = s.problem { return .failure(problem) }
            if let error = s.error as? URLError {
                return .failure(error.code == .timedOut ? .timedOut(seconds: Int(limits.idleTimeout)) : .transport(Self.reason(error)))
            }
            if let error = s.error { return .failure(.transport(error.localizedDescription)) }
            guard let response = s.response else { return .failure(.transport("no response")) }
            guard (200..<300).contains(response.statusCode) else { return .failure(.status(response.statusCode)) }
            let modified = (response.value(forHTTPHeaderField: "Last-Modified")).flatMap(PublicationDate.httpDate)
            return .success(HTTPBody(bytes: s.bytes, url: response.url ?? url, lastModified: modified))
        }
    }

    private static func reason(_ error: URLError) -> String {
        switch error.code {
        case .cannotConnectToHost: "connection refused"
        case .cannotFindHost: "unknown host"
        case .networkConnectionLost: "connection lost"
        case .notConnectedToInternet: "no network"
        case .secureConnectionFailed, .serverCertificateUntrusted: "TLS failed"
        default: error.localizedDescription
        }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// An input that could not be read, with a one-line reason.
public struct InputFailure: Error, Sendable, Equatable {
    public let path: String
    public let problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    /// "path: problem", safe to print: control characters in a file name are shown escaped.
    public var message: String { "\(TerminalSafe.text(path)): \(problem)" }
}

/// The articles read from the inputs, and the inputs that failed.
public struct LoadedCorpus: Sendable {
    public var articles: [Article]
    public var failures: [InputFailure]

    public init(articles: [Article] = [], failures: [InputFailure] = []) {
        self.articles = articles
        self.failures = failures
    }
}

/// Reads files, directories (their article files, at every depth) and standard input.
public enum ArticleLoader {
    /// What a directory's files are read for; a path named on its own is read whatever its name.
    static let articleExtensions: Set<String> = ["txt", "md", "markdown", "text", "html", "htm", "xhtml", "xml", "rss", "atom"]

    /// As many workers as the machine gives this process cores, within what the descriptor limit leaves:
    /// each worker holds one file open at a time, and the process keeps about a dozen of its own (standard
    /// streams, the terminal, the index and its journal files, inotify).
    public static var defaultWorkers: Int { min(ProcessInfo.processInfo.activeProcessorCount, openFileBudget) }

    /// The files veille opens at once to read articles: at most 64, and at most half of what `ulimit -n`
    /// leaves after its own, so a low limit slows the load rather than failing files with EMFILE.
    public static var openFileBudget: Int {
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else { return 64 }
        return max(1, min(64, (Int(limit.rlim_cur) - 16) / 2))
    }

    /// Articles and failures in the order of the inputs, whatever the number of
    /// `workers` parsing them (1 parses on the calling thread).
    public static func load(paths: [String], parser: ArticleParser, workers: Int = defaultWorkers) -> LoadedCorpus {
        var corpus = LoadedCorpus()
        for outcome in outcomes(paths.flatMap(expand), parser: parser, workers: workers) {
            switch outcome {
            case .success(let articles): corpus.articles += articles
            case .failure(let failure): corpus.failures.append(failure)
            }
        }
        return corpus
    }

    /// The articles that ship with veille, so a new user sees a dashboard at once.
    public static func samples(parser: ArticleParser) -> LoadedCorpus {
        guard let dir = ResourceLocator.directory("Samples") else {
            return LoadedCorpus(failures: [InputFailure(path: "samples", problem: "built-in samples not found (looked in \(ResourceLocator.searched))")])
        }
        var corpus = load(paths: [dir.path], parser: parser)
        for i in corpus.articles.indices {
            let name = URL(fileURLWithPath: corpus.articles[i].source).deletingPathExtension().lastPathComponent
            corpus.articles[i].source = "sample:\(name)"
        }
        return corpus
    }

    /// One outcome per input, in input order. Files are parsed by up to
    /// `workers` threads, each taking the next file not yet taken, so a worker
    /// holds one file's bytes at a time, as the sequential loop did.
    static func outcomes(_ inputs: [Result<String, InputFailure>], parser: ArticleParser, workers: Int) -> [Result<[Article], InputFailure>] {
        let files = inputs.enumerated().compactMap { slot, input -> (slot: Int, path: String)? in
            guard case .success(let path) = input, path != "-" else { return nil }
            // Addresses are read by the workers too: a page's wait on its server overlaps the others'.
            return (slot, path)
        }
        var slots = inputs.map { input -> Result<[Article], InputFailure>? in
            switch input {
            case .failure(let failure): .failure(failure)
            // Standard input is read here, in order: a second "-" finds it drained, as it did one input after another.
            case .success("-"): read("-", parser: parser)
            case .success: nil
            }
        }
        let next = Atomic(0)
        slots.withUnsafeMutableBufferPointer { buffer in
            // Safe to share: the worker that takes index k from `next` is the only one to
            // write slot files[k].slot, and nothing reads the buffer before concurrentPerform
            // returns, which it does after every worker has. (Synchronization's Mutex would
            // need no annotation, but the thread sanitizer cannot see its kernel-side locking
            // on Linux and reports its guarded accesses as races, which would hide real ones.)
            nonisolated(unsafe) let buffer = buffer
            // One iteration runs on the calling thread.
            DispatchQueue.concurrentPerform(iterations: max(1, min(workers, files.count))) { _ in
                while true {
                    let k = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard k < files.count else { return }
                    buffer[files[k].slot] = read(files[k].path, parser: parser)
                }
            }
        }
        // Every slot is filled: the inputs that are not files above, the files by the workers.
        return slots.map { $0! }
    }

    public static func read(_ path: String, parser: ArticleParser) -> Result<[Article], InputFailure> {
        if HTTPFetcher.isAddress(path) { return fetch(path, parser: parser) }
        do {
            return .success(try parser.articles(bytes: try readBytes(path, limit: parser.maximumBytes), source: path, fileDate: modificationDate(path)))
        } catch {
            return .failure(InputFailure(path: path, problem: error.description))
        }
    }

    /// A page or feed read from its address, as a file would be; the server's Last-Modified stands for the
    /// file's date.
    private static func fetch(_ address: String, parser: ArticleParser) -> Result<[Article], InputFailure> {
        do {
            let body = try HTTPFetcher(limits: HTTPLimits(maximumBytes: parser.maximumBytes)).get(address).get()
            return .success(try parser.articles(bytes: body.bytes, source: address, fileDate: body.lastModified))
        } catch let problem as FetchProblem {
            return .failure(InputFailure(path: address, problem: problem.description))
        } catch {
            return .failure(InputFailure(path: address, problem: "\(error)"))
        }
    }

    /// A path as the files to read: itself, or a directory's article files at every depth, in name order.
    /// Hidden entries are skipped, a symbolic link is followed the first time its target is reached (so a
    /// loop ends), and an entry that cannot be read is reported and skipped.
    public static func expand(_ path: String) -> [Result<String, InputFailure>] {
        if path == "-" || HTTPFetcher.isAddress(path) { return [.success(path)] }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return [.failure(InputFailure(path: path, problem: InputProblem.missing.description))]
        }
        guard isDirectory.boolValue else { return [.success(path)] }
        var visited: Set<String> = []
        var out: [Result<String, InputFailure>] = []
        walk(path, visited: &visited, into: &out)
        // Nothing to read and nothing reported: say so, once, for the folder.
        if out.isEmpty { out.append(.failure(InputFailure(path: path, problem: InputProblem.noArticlesInDirectory.description))) }
        return out
    }

    private static func walk(_ dir: String, visited: inout Set<String>, into out: inout [Result<String, InputFailure>]) {
        // By the directory's real path: a link back to an ancestor, or a second link to one directory, is not read again.
        guard visited.insert(URL(fileURLWithPath: dir).resolvingSymlinksInPath().path).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: dir)
        } catch {
            out.append(.failure(InputFailure(path: dir, problem: InputProblem.unreadable(reason(error)).description)))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = (dir as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory) else {
                // A link whose target is gone.
                out.append(.failure(InputFailure(path: child, problem: InputProblem.missing.description)))
                continue
            }
            if isDirectory.boolValue {
                walk(child, visited: &visited, into: &out)
            } else if articleExtensions.contains((name as NSString).pathExtension.lowercased()) {
                out.append(.success(child))
            }
        }
    }

    /// Reads at most one byte past the size limit, so a huge file costs no memory. A file is read through
    /// open(2) and read(2) into one array sized by fstat(2): Foundation's handle and attributes cost more
    /// than parsing a short article.
    public static func readBytes(_ path: String, limit: Int = TextDecoder.maximumBytes) throws(InputProblem) -> [UInt8] {
        if path == "-" {
            guard !StandardStreams.inputWasClosed else { throw .unreadable("standard input is closed") }
            return try readAll(FileHandle.standardInput, limit: limit)
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            switch errno {
            case EISDIR: throw .notAFile
            case EACCES, EPERM: throw .unreadable("permission denied")
            case ENOENT: throw .missing
            case let code: throw .unreadable(String(cString: strerror(code)).lowercased())
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(String(cString: strerror(errno)).lowercased()) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .notAFile }
        let size = Int(info.st_size)
        if (info.st_mode & S_IFMT) == S_IFREG, size > limit {
            throw .tooLarge(bytes: size, limit: limit)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            // A pipe or a device: no size to trust, read as a stream.
            return try readAll(FileHandle(fileDescriptor: fd, closeOnDealloc: false), limit: limit)
        }
        // A file written to while it is read would give half of one version and half of the next: read
        // again until its size and time hold still across a whole read.
        for _ in 0..<3 {
            let bytes = try readRegular(fd, size: Int(info.st_size), limit: limit)
            var after = stat()
            guard fstat(fd, &after) == 0 else { throw .unreadable(String(cString: strerror(errno)).lowercased()) }
            if after.st_size == info.st_size, after.st_mtim.tv_sec == info.st_mtim.tv_sec, after.st_mtim.tv_nsec == info.st_mtim.tv_nsec {
                return bytes
            }
            info = after
            guard lseek(fd, 0, SEEK_SET) == 0 else { throw .unreadable(String(cString: strerror(errno)).lowercased()) }
        }
        throw .unreadable("it kept changing while being read")
    }

    /// The whole of a regular file from its start, `size` being what fstat(2) said.
    private static func readRegular(_ fd: Int32, size: Int, limit: Int) throws(InputProblem) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                // The file grew since fstat: read on, up to the limit.
                if filled > limit { throw .tooLarge(bytes: filled, limit: limit) }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, filled)))
            }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw errno == EISDIR ? .notAFile : .unreadable(String(cString: strerror(errno)).lowercased())
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    private static func readAll(_ handle: FileHandle, limit: Int) throws(InputProblem) -> [UInt8] {
        var bytes: [UInt8] = []
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                bytes.append(contentsOf: chunk)
                if bytes.count > limit {
                    throw InputProblem.tooLarge(bytes: bytes.count, limit: limit)
                }
            }
        } catch let problem as InputProblem {
            throw problem
        } catch {
            throw .unreadable(reason(error))
        }
        return bytes
    }

    /// The file's modification time, from stat(2).
    public static func modificationDate(_ path: String) -> Date? {
        guard path != "-" else { return nil }
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))).lowercased() }
        // Foundation on Linux gives some refusals with no POSIX error beneath: say them as the system would.
        switch (error as? CocoaError)?.code {
        case .fileReadNoPermission?: return String(cString: strerror(EACCES)).lowercased()
        case .fileReadNoSuchFile?, .fileNoSuchFile?: return String(cString: strerror(ENOENT)).lowercased()
        default: return ns.localizedDescription
        }
    }
}

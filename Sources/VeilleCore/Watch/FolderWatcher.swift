#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization

/// Tells when files under some folders (or files named directly) are written, moved in, moved out or
/// deleted, through Linux's inotify: every folder is watched, those created later too. Changes are
/// gathered for a short while and handed over together, so a file copied in pieces or a batch moved in
/// at once is one delivery.
public final class FolderWatcher: Sendable {
    /// Why watching could not start, in one line.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    private let fd: Int32
    /// Watch descriptor → the folder it watches, and whether everything in it counts (a folder given or
    /// one under it) or only the files named directly (the folder of a file given).
    private let folders = Mutex<[Int32: (path: String, whole: Bool)]>([:])
    /// Files named directly: in their folder, only their own changes count, not their neighbours'.
    private let files: Set<String>

    /// Starts watching `paths` (folders recursively, and the folders of files named). Hidden entries are
    /// skipped, as the loader skips them.
    public init(paths: [String]) throws(Failure) {
        #if os(Linux)
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw Failure(description: "cannot watch: \(String(cString: strerror(errno)))") }
        var trees: [String] = []
        var named: [(folder: String, file: String)] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                trees.append(path)
            } else {
                let folder = (path as NSString).deletingLastPathComponent
                let inside = folder.isEmpty ? "." : folder
                named.append((inside, inside + "/" + (path as NSString).lastPathComponent))
            }
        }
        files = Set(named.map(\.file))
        for tree in trees { addTree(tree) }
        for (folder, _) in named { add(folder, whole: false) }
        #else
        throw Failure(description: "--watch needs Linux (inotify)")
        #endif
    }

    deinit { close(fd) }

    /// Calls `changed` with the paths touched, at most every `settle` seconds, until `cancelled` (asked
    /// every tenth of a second). Blocks: run it on a thread of its own.
    public func run(settle: Double = 0.3, until cancelled: () -> Bool, changed: ([String]) -> Void) {
        var pending: Set<String> = []
        var since: Date?
        while !cancelled() {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            if ready > 0 { pending.formUnion(readEvents()) }
            if !pending.isEmpty, since == nil { since = Date() }
            if let start = since, Date().timeIntervalSince(start) >= settle, !pending.isEmpty {
                changed(pending.sorted())
                pending = []
                since = nil
            }
        }
    }

    // MARK: inotify

    #if os(Linux)
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE | IN_ATTRIB)
    #endif

    private func add(_ folder: String, whole: Bool) {
        #if os(Linux)
        let wd = inotify_add_watch(fd, folder, Self.mask | UInt32(IN_ONLYDIR))
        // The kernel gives one descriptor per folder: a folder given wins over the folder of a file given.
        if wd >= 0 { folders.withLock { $0[wd] = ($0[wd]?.path ?? folder, whole || $0[wd]?.whole == true) } }
        #endif
    }

    /// A folder and every folder under it, symbolic links followed once (the kernel refuses a second watch
    /// of one folder, so a loop ends by itself).
    private func addTree(_ root: String) {
        var stack = [root]
        var seen: Set<String> = []
        while let folder = stack.popLast() {
            let real = (folder as NSString).resolvingSymlinksInPath
            guard seen.insert(real).inserted else { continue }
            add(folder, whole: true)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !name.hasPrefix(".") {
                let child = folder + "/" + name
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory), isDirectory.boolValue { stack.append(child) }
            }
        }
    }

    /// The paths of the events waiting; a folder created is watched from now on, and its files reported.
    private func readEvents() -> Set<String> {
        #if os(Linux)
        var touched: Set<String> = []
        let size = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: size)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, size) }
            guard n > 0 else { break }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= n {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameBytes = buffer[(offset + header)..<min(n, offset + header + length)].prefix { $0 != 0 }
                offset += header + length
                let name = String(decoding: nameBytes, as: UTF8.self)
                guard !name.isEmpty, !name.hasPrefix("."), let folder = folders.withLock({ $0[wd] }) else { continue }
                let path = folder.path + "/" + name
                guard folder.whole || files.contains(path) else { continue }
                if mask & UInt32(IN_ISDIR) != 0 {
                    if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                        addTree(path)
                        touched.formUnion(Self.filesUnder(path))
                    }
                    continue
                }
                // A file being created is reported once written (IN_CLOSE_WRITE), not when it appears empty.
                if mask & UInt32(IN_CREATE) != 0 { continue }
                // In a folder, only what the loader reads from folders: an image saved beside the articles is not one.
                guard files.contains(path) || Self.isArticleName(name) else { continue }
                touched.insert(path)
            }
        }
        return touched
        #else
        return []
        #endif
    }

    private static func isArticleName(_ name: String) -> Bool {
        ArticleLoader.articleExtensions.contains((name as NSString).pathExtension.lowercased())
    }

    private static func filesUnder(_ folder: String) -> [String] {
        let walker = FileManager.default.enumerator(atPath: folder)
        var out: [String] = []
        while let relative = walker?.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let path = folder + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue, isArticleName(path) {
                out.append(path)
            }
        }
        return out
    }
}

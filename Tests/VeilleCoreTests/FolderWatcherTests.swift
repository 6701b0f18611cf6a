import Foundation
import Synchronization
import Testing
import TestSupport
import VeilleCore

enum Inotify {
    static var available: Bool {
        #if os(Linux)
        true
        #else
        false
        #endif
    }
}

/// inotify under the watcher: files written, moved in and deleted are reported, in folders made after
/// the watch began too; hidden files, files the loader would not read from a folder (a photo) and the
/// neighbours of a file named directly are not.
@Suite(.enabled(if: Inotify.available, "inotify is Linux's"), .serialized)
struct FolderWatcherTests {
    /// Runs the watcher on a thread while `act` changes the folder, and returns every path reported.
    private func reported(watching paths: [String], _ act: () throws -> Void) throws -> Set<String> {
        let watcher = try FolderWatcher(paths: paths)
        let seen = Mutex<Set<String>>([])
        let stop = Atomic(false)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            watcher.run(settle: 0.05, until: { stop.load(ordering: .relaxed) }) { paths in seen.withLock { $0.formUnion(paths) } }
            done.signal()
        }
        try act()
        usleep(600_000)
        stop.store(true, ordering: .relaxed)
        done.wait()
        return seen.withLock { $0 }
    }

    @Test func writesMovesAndDeletionsAreReportedInNewFoldersToo() throws {
        let scratch = try ScratchFolder("veille-watch")
        let root = scratch.path("corpus")
        try FileManager.default.createDirectory(atPath: root + "/old", withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: root + "/old/a.txt"))
        try Data("elsewhere".utf8).write(to: URL(fileURLWithPath: scratch.path("b.txt")))
        let seen = try reported(watching: [root]) {
            try Data("new".utf8).write(to: URL(fileURLWithPath: root + "/new.txt"))
            try FileManager.default.removeItem(atPath: root + "/old/a.txt")
            try FileManager.default.moveItem(atPath: scratch.path("b.txt"), toPath: root + "/old/b.txt")
            try FileManager.default.createDirectory(atPath: root + "/later", withIntermediateDirectories: true)
            usleep(200_000)
            try Data("later".utf8).write(to: URL(fileURLWithPath: root + "/later/c.txt"))
            try Data("hidden".utf8).write(to: URL(fileURLWithPath: root + "/.d.txt"))
            try Data([0xFF, 0xD8]).write(to: URL(fileURLWithPath: root + "/photo.jpg"))
        }
        #expect(seen == [root + "/new.txt", root + "/old/a.txt", root + "/old/b.txt", root + "/later/c.txt"])
    }

    @Test func aFileNamedDirectlyIsWatchedAloneAndItsNeighboursAreNot() throws {
        let scratch = try ScratchFolder("veille-watch")
        let file = scratch.path("watched.txt")
        try Data("one".utf8).write(to: URL(fileURLWithPath: file))
        let seen = try reported(watching: [file]) {
            try Data("two".utf8).write(to: URL(fileURLWithPath: file))
            try Data("other".utf8).write(to: URL(fileURLWithPath: scratch.path("neighbour.txt")))
        }
        #expect(seen == [file])
    }

    /// A file still being written is not read half-way: it is reported once its writer closes it.
    @Test func aFileIsReportedWhenItsWriterClosesItNotBefore() throws {
        let scratch = try ScratchFolder("veille-watch")
        let file = scratch.path("slow.txt")
        let watcher = try FolderWatcher(paths: [scratch.url.path])
        let seen = Mutex<[String]>([])
        let stop = Atomic(false)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            watcher.run(settle: 0.05, until: { stop.load(ordering: .relaxed) }) { paths in seen.withLock { $0 += paths } }
            done.signal()
        }
        defer {
            stop.store(true, ordering: .relaxed)
            done.wait()
        }
        // One open(2) that creates the file and keeps it, as a program saving an article does.
        let writer = FileHandle(fileDescriptor: open(file, O_WRONLY | O_CREAT | O_EXCL, 0o644), closeOnDealloc: false)
        try writer.write(contentsOf: Data("Titre\nUne délégation ".utf8))
        usleep(500_000)
        #expect(seen.withLock { $0 }.isEmpty, "nothing while the writer holds the file")
        try writer.write(contentsOf: Data("malienne est arrivée à Dakar.\n".utf8))
        try writer.close()
        for _ in 0..<150 where seen.withLock({ $0.isEmpty }) { usleep(20_000) }
        #expect(seen.withLock { $0 } == [file])
    }

    @Test func nothingChangedNothingReported() throws {
        let scratch = try ScratchFolder("veille-watch")
        let seen = try reported(watching: [scratch.url.path]) {}
        #expect(seen.isEmpty, "\(seen)")
    }
}

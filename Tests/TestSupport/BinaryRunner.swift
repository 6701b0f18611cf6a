import Foundation

/// Runs the built `veille` binary (it sits beside the test bundle) or another
/// program, with standard input from a string, and collects its output.
public enum BinaryRunner {
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    public static var veille: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !dir.path.hasSuffix(".xctest"), dir.path != "/" {
            if FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("veille").path) { break }
            dir = dir.deletingLastPathComponent()
        }
        if dir.path.hasSuffix(".xctest") { dir = dir.deletingLastPathComponent() }
        return dir.appendingPathComponent("veille")
    }

    /// Where the binary keeps its index during the tests, unless a test names another: one folder per test
    /// process, never the user's own cache.
    public static let cache = FileManager.default.temporaryDirectory.appendingPathComponent("veille-test-cache-\(getpid())").path

    /// `environment` is added to the test's own.
    public static func run(_ arguments: [String], stdin: String? = nil, executable: Bool = true,
                           environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        let own = ["XDG_CACHE_HOME": cache].merging(environment) { $1 }
        process.environment = ProcessInfo.processInfo.environment.merging(own) { $1 }
        process.executableURL = executable ? veille : URL(fileURLWithPath: arguments[0])
        process.arguments = executable ? arguments : Array(arguments.dropFirst())
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}

import Foundation

/// Finds the files shipped with VeilleCore without SwiftPM's generated
/// `Bundle.module`, which stops the process when the bundle is missing (an
/// installed binary copied without it): we want a clear error instead.
enum ResourceLocator {
    static let bundleName = "veille_VeilleCore.resources"

    static func directory(_ name: String) -> URL? {
        candidates().lazy.map { $0.appendingPathComponent(name) }.first {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// Set, it is the only place looked in: packagers put the data elsewhere, and tests take it away.
    static let overrideVariable = "VEILLE_RESOURCES"

    static func candidates() -> [URL] {
        if let dir = ProcessInfo.processInfo.environment[overrideVariable], !dir.isEmpty { return [URL(fileURLWithPath: dir)] }
        var roots: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let selfExe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        for exe in [selfExe, executable] {
            let dir = exe.deletingLastPathComponent()
            roots.append(dir.appendingPathComponent(bundleName))
            roots.append(dir.deletingLastPathComponent().appendingPathComponent("share/veille").appendingPathComponent(bundleName))
        }
        roots.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
        // Running from the source tree (tests, `swift run` from elsewhere).
        roots.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Resources"))
        return roots
    }

    static var searched: String {
        candidates().map(\.path).joined(separator: ", ")
    }
}

import Foundation

/// A fresh folder in the temporary directory holding `good.txt`, a short article with a delegation, for
/// tests that mix bad inputs with a good one.
public struct ScratchFolder: Sendable {
    public let url: URL

    public init(_ prefix: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try write("good.txt", Array("Titre\nUne délégation russe est arrivée à Bamako. Elle était conduite par le ministre Ivan Petrov.\n".utf8))
    }

    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    public func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: url.appendingPathComponent(name))
    }
}

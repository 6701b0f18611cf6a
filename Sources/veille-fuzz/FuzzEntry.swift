import Foundation
import VeilleCore
#if FUZZING
import CLibFuzzer
#endif

/// Built by Scripts/fuzz (-sanitize=fuzzer -DFUZZING), this hands the command line to libFuzzer, which calls
/// the checks for every input it tries. Built the normal way it replays inputs (files, or folders of them)
/// through the same checks, so a finding can be rerun and debugged without libFuzzer.
@main
struct FuzzEntry {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzChecks.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
            return 0
        })
        #else
        replay(Array(CommandLine.arguments.dropFirst()))
        #endif
    }

    static func replay(_ paths: [String]) {
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: veille-fuzz FILE|DIR...  (Scripts/fuzz builds it to fuzz)\n".utf8))
            exit(64)
        }
        _ = FuzzChecks.parser
        StderrWatch.start()
        var count = 0
        for file in paths.flatMap(files) {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("veille-fuzz: \(TerminalSafe.text(file)): cannot be read\n".utf8))
                exit(1)
            }
            if let broken = StderrWatch.broken([UInt8](data)) {
                FileHandle.standardError.write(Data("veille-fuzz: \(TerminalSafe.text(file)): \(broken)\n".utf8))
                exit(1)
            }
            count += 1
        }
        print("\(count) inputs replayed, every check held")
    }

    static func files(_ path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") }.map { (path as NSString).appendingPathComponent($0) }
    }
}

import Foundation
import Testing

private let hasOpenSSH = ["/usr/sbin/sshd", "/usr/bin/ssh", "/usr/bin/ssh-keygen"].allSatisfy(FileManager.default.isExecutableFile)

/// The dashboard over real OpenSSH on loopback (Scripts/ssh-check does the driving and checking, so the
/// same run can be made by hand). `.ci/run` installs the server; where it is missing the test is skipped.
@Suite(.enabled(if: TmuxSession.available && hasOpenSSH, "needs OpenSSH's server and client, tmux and the binary"))
struct SSHEndToEndTests {
    static let script = #filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(3).joined(separator: "/")
        + "/Scripts/ssh-check"

    @Test func navigateFilterSearchResizeQuitThenCutTheConnection() {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        let result = Spawn.run(["/bin/bash", Self.script, TmuxSession.veillePath], environment: environment)
        print(result.output.trimmingCharacters())
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("ssh-check: ok"))
    }
}

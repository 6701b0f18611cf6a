#if canImport(Glibc)
import Glibc
#endif
import Testing
import TestSupport
@testable import VeilleTUI

@Suite struct ThemeTests {
    static let repoThemes: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/Themes"
    }()

    @Test func builtInThemesMatchThemesDirectory() throws {
        for (name, toml) in BuiltinThemes.all {
            let file = try #require(FileSystem.read("\(Self.repoThemes)/\(name).toml"))
            #expect(file == toml + "\n", "Themes/\(name).toml changed: run Themes/embed.sh")
        }
        let files = FileSystem.list(Self.repoThemes).filter { $0.hasSuffix(".toml") }
        #expect(files.count == BuiltinThemes.all.count, "a theme file is not embedded: run Themes/embed.sh")
    }

    @Test(arguments: ["default", "light", "high-contrast", "mono"])
    func builtInThemesParseAndNameEveryRole(_ name: String) throws {
        let toml = try #require(BuiltinThemes.all.first { $0.name == name }?.toml)
        let theme = try Theme.parse(toml, file: "\(name).toml")
        #expect(theme.name == name)
        if name != "mono" {
            for role in Role.allCases { #expect(theme.parts[role] != nil, "\(name) lacks [\(role.rawValue)]") }
        }
    }

    @Test func errorsNameFileAndLine() {
        let cases: [(String, Int, String)] = [
            ("name = \"x\"\n[selection]\nfg = \"#12345\"\n", 3, "not a colour"),
            ("name = \"x\"\n\n[selektion]\nfg = \"#123456\"\n", 3, "unknown part"),
            ("name = \"x\"\n[text]\nbold = yes\n", 3, "not a value"),
            ("name = \"x\"\n[text]\nfg \"#fff\"\n", 3, "expected key = value"),
            ("[text]\nfg = \"#fff\"\n", 1, "needs name"),
            ("name = \"x\"\n[text]\nblink = true\n", 3, "unknown key"),
        ]
        for (source, line, problem) in cases {
            #expect(throws: TOMLSubset.ParseError.self) { try Theme.parse(source, file: "t.toml") }
            do {
                _ = try Theme.parse(source, file: "t.toml")
            } catch {
                #expect(error.description.hasPrefix("t.toml:\(line): "), "\(error.description)")
                #expect(error.description.contains(problem), "\(error.description)")
            }
        }
    }

    @Test func hashInsideStringIsNotAComment() throws {
        let theme = try Theme.parse("name = \"x\" # the name\n[text]\nfg = \"#ff0000\" # red\n", file: "t")
        #expect(theme.parts[.text]?.fg == RGB(r: 255, g: 0, b: 0))
    }

    @Test func coloursDegradeToWhatTheTerminalHas() {
        let blue = RGB(hex: "#5fafff")
        #expect(ColorMapping.index(blue, depth: .full256) == 75)
        #expect(ColorMapping.index(RGB(hex: "#303030"), depth: .full256) == 236)
        #expect((0..<16).contains(ColorMapping.index(blue, depth: .sixteen)))
        #expect(ColorMapping.index(blue, depth: .eight) == 6)
        #expect(ColorMapping.index(blue, depth: .none) == -1)
        #expect(ColorMapping.index(nil, depth: .full256) == -1)
        #expect(ColorDepth(colors: 256, noColor: true) == .none)
        #expect(ColorDepth(colors: 8, noColor: false) == .eight)
    }

    @Test func monochromeKeepsSelectionVisible() {
        let theme = ThemeCatalog.defaultTheme
        #expect(theme.monochrome(.selection).reverse)
        #expect(theme.monochrome(.selection).bg == nil)
        #expect(theme.monochrome(.highlight).underline)
    }

    @Test func brokenThemeFallsBackToDefaultWithMessage() throws {
        let path = "/tmp/veille-test-broken-\(getpid()).toml"
        try GoldenFile.write("name = \"broken\"\n[text]\nfg = \"blue\"\n", to: path)
        let (theme, warning) = ThemeCatalog.load(path)
        #expect(theme.name == "default")
        #expect(warning?.hasPrefix("\(path):3:") == true)
        let missing = ThemeCatalog.load("no-such-theme")
        #expect(missing.warning?.contains("no-such-theme") == true)
        #expect(ThemeCatalog.load("light").theme.name == "light")
    }
}

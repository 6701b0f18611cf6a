import Testing
import TestSupport
import VeilleCore
@testable import VeilleTUI

/// The key table is the only place keys are defined: these checks keep it
/// consistent with itself, with dispatch, with the help, the status line and
/// the README.
@Suite("One key table")
struct KeyBindingTests {
    /// A state in each mode, with nothing typed.
    static let states: [(Mode, AppState)] = {
        let browse = Fixtures.state()
        return [(.browse, browse), (.reader, browse.after(.open)), (.help, browse.after(.toggleHelp)),
                (.picker, browse.after(.openPicker)), (.search, browse.after(.startSearch))]
    }()

    @Test func theStatesAreInTheirModes() {
        for (mode, state) in Self.states { #expect(state.mode == mode) }
    }

    @Test func noModeBindsAKeyTwice() {
        for (mode, _) in Self.states {
            var seen: [KeyBinding.Pattern: String] = [:]
            for binding in KeyBinding.all {
                for pattern in binding.patterns(in: mode) {
                    #expect(seen[pattern] == nil, "\(pattern) in \(mode): «\(seen[pattern] ?? "")» and «\(binding.help)»")
                    seen[pattern] = binding.help
                }
            }
        }
    }

    @Test func everyBoundKeyDispatchesItsAction() {
        for (mode, state) in Self.states {
            for binding in KeyBinding.all {
                for case .key(let key) in binding.patterns(in: mode) {
                    let expected: Action? = switch binding.command {
                    case .action(let a): a
                    case .typeLetter: nil
                    }
                    #expect(KeyDispatch.action(for: key, in: state) == expected, "\(key.label) in \(mode)")
                }
            }
        }
    }

    @Test func typingModesTakeLettersAsText() {
        for (mode, state) in Self.states where KeyBinding.typingModes.contains(mode) {
            for c in "jkqgG/?n rt" { #expect(KeyDispatch.action(for: .character(c), in: state) == .type(c), "\(c) in \(mode)") }
        }
        // Before anything is typed, R clears the filter from the picker; after, it is a letter.
        let picker = Self.states.first { $0.0 == .picker }!.1
        #expect(KeyDispatch.action(for: .character("R"), in: picker) == .clearFilter)
        #expect(KeyDispatch.action(for: .character("R"), in: picker.after(.type("G"))) == .type("R"))
    }

    @Test func anyKeyClosesTheHelp() {
        let help = Self.states.first { $0.0 == .help }!.1
        for key: Key in [.character("x"), .character("q"), .up, .enter, .tab] {
            #expect(KeyDispatch.action(for: key, in: help) == .back)
        }
        #expect(KeyDispatch.action(for: .control("C"), in: help) == .quit)
    }

    @Test func everyActionOfTheKeysIsReachable() {
        var reached = Set<Action.Kind>()
        for binding in KeyBinding.all {
            switch binding.command {
            case .action(let a): reached.insert(a.kind)
            case .typeLetter: reached.insert(.type)
            }
        }
        for kind in Action.Kind.allCases where kind.source == .keys {
            #expect(reached.contains(kind), "no key makes \(kind)")
        }
    }

    @Test func theHelpShowsEveryBinding() {
        let frame = Fixtures.frame(Fixtures.state(width: 120, height: 40).after(.toggleHelp))
        for binding in KeyBinding.all {
            let line = HelpView.sections.flatMap(\.1).first { $0.help == binding.help }
            #expect(line != nil, "no help line for «\(binding.help)»")
            #expect(frame.contains(binding.help), "help lacks «\(binding.help)»")
            for pattern in binding.patterns {
                #expect(line?.keys.contains(HelpView.label(pattern)) == true, "help line «\(binding.help)» lacks \(HelpView.label(pattern))")
            }
        }
        // Space pages down: it is in the table, so it is in the help.
        #expect(frame.contains("Space"))
    }

    @Test func theHelpFitsAStandardTerminal() {
        let frame = Fixtures.frame(Fixtures.state(width: 80, height: 24).after(.toggleHelp))
        let last = HelpView.sections.last!.1.last!
        #expect(frame.contains(last.help), "the help is cut at 80x24")
    }

    @Test func theStatusLineShowsTheTablesLabels() {
        for (mode, state) in Self.states {
            let frame = Fixtures.frame(state)
            let status = frame.row(frame.size.height - 1)
            for (keys, text) in StatusView.keys(for: state) { #expect(status.contains("\(keys) \(text)"), "\(mode): \(keys) \(text)") }
        }
        // The label that depends on the state: R clears only when a filter is on.
        let browse = Self.states[0].1
        #expect(!StatusView.keys(for: browse).contains { $0.0 == "R" })
        #expect(StatusView.keys(for: browse.after(.applyFilter(query: "Gao"))).contains { $0.0 == "R" })
    }

    @Test func theReadmeListsTheTablesKeys() throws {
        let path = TestSupport.Fixtures.repository.appendingPathComponent("README.md").path
        let readme = try #require(GoldenFile.read(path), "cannot read \(path)")
        #expect(readme.contains(HelpView.markdown), "README's key table is not the table's; put this in it:\n\(HelpView.markdown)")
    }
}

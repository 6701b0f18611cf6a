import CLibXML2

// The only file that calls libxml2: pages and feeds are parsed by its
// recovering parsers and copied into a value tree, so the rest of veille
// reads markup without pointers, and libxml2's documents never outlive a call.

/// An element with its attributes and children, or a run of text.
indirect enum MarkupNode: Sendable, Hashable {
    case element(name: String, attributes: [String: String], children: [MarkupNode])
    case text(String)

    var name: String? {
        if case .element(let name, _, _) = self { name } else { nil }
    }

    var children: [MarkupNode] {
        if case .element(_, _, let children) = self { children } else { [] }
    }

    func attribute(_ key: String) -> String? {
        if case .element(_, let attributes, _) = self { attributes[key] } else { nil }
    }

    /// The text of the node and everything inside it, joined as it comes.
    var text: String {
        switch self {
        case .text(let s): s
        case .element(_, _, let children): children.map(\.text).joined()
        }
    }
}

enum MarkupTree {
    /// Elements deeper than this are flattened into their parent: a page of ten thousand nested tags is
    /// hostile or broken, and recursion must stay bounded.
    static let maximumDepth = 256

    /// libxml2 sets up its globals once, before any thread parses.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// A web page, by the recovering HTML parser. `encoding` nil lets libxml2 read `<meta charset>` itself;
    /// given, it overrides what the page declares.
    static func html(_ bytes: [UInt8], encoding: String?) -> MarkupNode? {
        _ = initialised
        var options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue
        if encoding != nil { options |= HTML_PARSE_IGNORE_ENC.rawValue }
        return tree(bytes) { htmlReadMemory($0, $1, nil, encoding, Int32(options)) }
    }

    /// A feed, by the XML parser: recovering, no network, no external entities, CDATA read as text.
    static func xml(_ bytes: [UInt8]) -> MarkupNode? {
        _ = initialised
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
        return tree(bytes) { xmlReadMemory($0, $1, nil, nil, options) }
    }

    /// The bytes handed to one of libxml2's readers, its document copied out and freed.
    private static func tree(_ bytes: [UInt8], _ read: (UnsafePointer<CChar>, Int32) -> xmlDocPtr?) -> MarkupNode? {
        guard !bytes.isEmpty else { return nil }
        // The NOERROR options do not reach every report (a failed character conversion is printed by the
        // input layer): a handler that drops them keeps libxml2 off standard error. It is per thread.
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        let doc = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { read($0, Int32(buffer.count)) }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        return node(xmlDocGetRootElement(doc), depth: 0)
    }

    private static func node(_ p: xmlNodePtr?, depth: Int) -> MarkupNode? {
        guard let p else { return nil }
        switch p.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return p.pointee.content.map { .text(String(cString: $0)) }
        case XML_ELEMENT_NODE:
            var attributes: [String: String] = [:]
            var a = p.pointee.properties
            while let attr = a {
                if let name = attr.pointee.name, let value = xmlNodeGetContent(UnsafeMutableRawPointer(attr).assumingMemoryBound(to: xmlNode.self)) {
                    attributes[qualified(String(cString: name), attr.pointee.ns)] = String(cString: value)
                    veille_xml_free(value)
                }
                a = attr.pointee.next
            }
            var children: [MarkupNode] = []
            var c = p.pointee.children
            while let child = c {
                if depth < maximumDepth {
                    if let n = node(child, depth: depth + 1) { children.append(n) }
                } else if let content = xmlNodeGetContent(child) {
                    children.append(.text(String(cString: content)))
                    veille_xml_free(content)
                }
                c = child.pointee.next
            }
            let name = p.pointee.name.map { String(cString: $0) } ?? ""
            return .element(name: qualified(name, p.pointee.ns).lowercased(), attributes: attributes, children: children)
        default:
            return nil
        }
    }

    /// "content:encoded", "dc:date": the prefix a feed gives its namespaces, kept so the reader can ask for them.
    private static func qualified(_ name: String, _ ns: xmlNsPtr?) -> String {
        guard let prefix = ns?.pointee.prefix else { return name }
        return String(cString: prefix) + ":" + name
    }
}

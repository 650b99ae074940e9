import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A parsed XML document's elements in document order, for asserting a reporter's output is
/// well-formed and has the expected shape.
struct XMLShape {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
    }

    var elements: [Element] = []

    init(_ xml: String) throws {
        let delegate = Delegate()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = delegate
        let parsed = parser.parse()
        #expect(parsed, "not well-formed XML: \(String(describing: parser.parserError))")
        elements = delegate.elements
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var stack: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            stack.append(elements.count)
            elements.append(Element(name: name, attributes: attributes, text: ""))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let last = stack.last, elements[last].name != "testsuites", elements[last].name != "testsuite",
                elements[last].name != "testcase"
            {
                elements[last].text += string
            }
        }
    }
}

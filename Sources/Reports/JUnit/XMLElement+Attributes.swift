import Execution
import FoundationXML

extension XMLElement {
    /// Adds the attribute `name="value"` in the order called, the value made XML-safe:
    /// `suite.set("tests", 20)`.
    func set(_ name: String, _ value: CustomStringConvertible) {
        let attribute = XMLNode(kind: .attribute)
        attribute.name = name
        attribute.stringValue = VisibleText.lines(value.description)
        addAttribute(attribute)
    }
}

import Foundation

/// A CSV file read per RFC 4180 (quoted fields with doubled quotes, commas and line breaks
/// inside quotes, CRLF or LF line ends, a UTF-8 byte-order mark ignored), as LMS exports write
/// them. Each record keeps the line it starts on, for error messages.
struct CSVTable: Sendable, Equatable {
    var header: [String]
    var records: [(line: Int, fields: [String])]

    static func == (left: CSVTable, right: CSVTable) -> Bool {
        left.header == right.header && left.records.map(\.line) == right.records.map(\.line)
            && left.records.map(\.fields) == right.records.map(\.fields)
    }

    /// Why a CSV file could not be read: a quote left open from line `line` on.
    struct Malformed: Error, Equatable {
        var line: Int
    }

    init(parsing text: String) throws(Malformed) {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var fieldStarted = false
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        func endRecord() {
            fields.append(field)
            // A blank line is no record.
            if !(fields.count == 1 && fields[0].isEmpty && !fieldStarted) { records.append((recordLine, fields)) }
            fields = []
            field = ""
            fieldStarted = false
        }
        while let scalar = pending {
            pending = iterator.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        quoted = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                quoted = true
                fieldStarted = true
            case ",":
                fields.append(field)
                field = ""
                fieldStarted = true
            case "\r" where pending == "\n":
                continue
            case "\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
                fieldStarted = true
            }
        }
        if quoted { throw Malformed(line: recordLine) }
        if fieldStarted || !field.isEmpty || !fields.isEmpty { endRecord() }
        header = records.first?.fields.map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        self.records = Array(records.dropFirst())
    }

    /// The index of the first column whose name is one of `names`, ignoring case.
    func column(_ names: String...) -> Int? {
        header.firstIndex { name in names.contains { $0.caseInsensitiveCompare(name) == .orderedSame } }
    }
}

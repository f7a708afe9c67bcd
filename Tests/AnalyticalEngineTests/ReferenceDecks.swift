// Decks the team wrote, with the output of Walker's emulator on each (run with javac-built
// fourmilab/ classes, decks fed in Latin-1). Generated once; edit with care.

struct ReferenceDeck: Sendable, CustomStringConvertible {
    let name: String
    let purpose: String
    let deck: String
    let expected: String
    var description: String { name }
}

extension ReferenceDeck {
    static let all: [ReferenceDeck] = [
        ReferenceDeck(
            name: "arith1",
            purpose:
                "additions and subtractions at the 50-digit edges: wrap, lever, unchecked negative overflow, negative zero",
            deck: #"""
                . additions at the edge
                N001 99999999999999999999999999999999999999999999999999
                N002 1
                N003 -99999999999999999999999999999999999999999999999999
                N004 -1
                N005 0
                N006 -0
                N007 50000000000000000000000000000000000000000000000000
                +
                L001
                L002
                P
                S010
                L001
                L001
                P
                L003
                L004
                P
                L003
                L003
                P
                S011
                L011
                L011
                P
                L005
                L006
                P
                L006
                L005
                P
                L006
                L006
                P
                L002
                L004
                P
                L004
                L002
                P
                L007
                L007
                P
                S012
                L012
                P
                -
                L003
                L001
                P
                L001
                L003
                P
                L002
                L001
                P
                L005
                L006
                P
                L006
                L006
                P
                L006
                L005
                P
                L004
                L004
                P
                L005
                L002
                P

                """#,
            expected: #"""
                0
                99999999999999999999999999999999999999999999999998
                -100000000000000000000000000000000000000000000000000
                -199999999999999999999999999999999999999999999999998
                -399999999999999999999999999999999999999999999999996
                0
                0
                0
                0
                0
                0
                0
                99999999999999999999999999999999999999999999999998
                199999999999999999999999999999999999999999999999998
                -99999999999999999999999999999999999999999999999998
                0
                0
                0
                0
                -1

                """#),
        ReferenceDeck(
            name: "arith2",
            purpose:
                "multiplication upper digits, division with L', truncation toward zero, division by zero, negative zero remainders",
            deck: #"""
                . multiplication and division
                N001 99999999999999999999999999999999999999999999999999
                N002 -99999999999999999999999999999999999999999999999999
                N003 10000000000000000000000000
                N004 -10000000000000000000000000
                N005 100000000000000000000000000
                N006 7
                N007 -7
                N008 0
                N009 2000000000
                N010 -4000000000
                ×
                L001
                L001
                P
                S020
                S021'
                L020
                P
                L021
                P
                L002
                L001
                S022
                S023'
                L022
                P
                L023
                P
                L003
                L003
                P
                S024'
                L024
                P
                L004
                L005
                P
                S025
                S026'
                L025
                P
                L026
                P
                L006
                L007
                P
                L008
                L002
                P
                ÷
                L001
                L006
                P
                S030
                S031'
                L030
                P
                L031
                P
                L002
                L006
                S032
                S033'
                L032
                P
                L033
                P
                L001
                L007
                S034
                S035'
                L034
                P
                L035
                P
                L001
                L008
                P
                S036'
                L036
                P
                L010
                L009
                S037
                S038'
                L037
                P
                L038
                P
                L004
                L003
                S039
                L039
                P
                . remainder negative zero with large divisor
                L004
                L003
                S040
                A write numbers as 9999
                L040
                P
                A write numbers as\#u{20}
                . dividend with upper half
                L006
                L006'
                L003
                S041
                S042'
                L041
                P
                L042
                P
                L001
                L001'
                L006
                S043
                S044'
                L043
                P
                L044
                P
                L003
                L002'
                L001
                S045
                S046'
                L045
                P
                L046
                P

                """#,
            expected: #"""
                1
                1
                99999999999999999999999999999999999999999999999998
                -1
                99999999999999999999999999999999999999999999999998
                100000000000000000000000000000000000000000000000000
                0
                100000000000000000000000000
                0
                0
                -7
                -99999999999999999999999999999999999999999999999999
                1
                1
                1
                -1
                -1
                1
                1
                0
                0
                0
                0
                0
                0000
                0
                0
                0
                0
                0
                0

                """#),
        ReferenceDeck(
            name: "step",
            purpose: "stepping up and down, >0 stepping the ingress up, a product of exactly 10^50",
            deck: #"""
                . stepping up and down
                N001 12345678901234567890123456789012345678901234567890
                N002 98765432109876543210987654321098765432109876543210
                N003 -31415926535897932384626433832795028841971693993751
                N004 1000
                ×
                L001
                L002
                >10
                P
                S010
                S011'
                L010
                P
                L011
                P
                L001
                L002
                >0
                P
                L003
                L004
                >3
                P
                S012'
                L012
                P
                L001
                L002
                >100
                P
                L003
                L002
                >60
                P
                S013'
                L013
                P
                ÷
                L001
                L004'
                <5
                P
                L002
                S014
                S015'
                L014
                P
                L015
                P
                L001
                <0
                L004
                P
                L003
                <3
                P
                L002
                S016
                L016
                P
                ×
                N006 10000000000000000000000000
                L006
                L006
                >0
                P
                S017'
                L017
                P
                L006
                L006
                P
                >50
                P
                S018'
                L018
                P

                """#,
            expected: #"""
                11507391561194939744871208653362292333223746380111
                11507391561194939744871208653362292333223746380111
                96805093087082130988536767141099319522038764439895
                12345678901234567890123456789012345678901234567890
                -31415926535897932384626433832795028841971693993751
                0
                0
                -3102807559450096209409222755518982449861
                0
                67890123456789012345678901234567890123456789000000
                97629182109762918210976291821097629182109862918210
                34243398
                890
                -15926535897932384626433832795028841971693993751000
                -8519124957191643532359758685621434560753253010220
                10000000000000000000000000
                0
                10000000000000000000000000
                0
                0

                """#),
        ReferenceDeck(
            name: "loops",
            purpose: "CB?/CF?/CF+ with comment cards counting, halt message",
            deck: #"""
                . count down with CB and CF, comments counting
                N001 5
                N002 1
                N003 0
                A write numbers as #
                -
                L001
                L002
                S001
                . a comment inside the loop
                P
                L003
                L001
                CB?7
                A write annotation done counting
                +
                L003
                L002
                CF+2
                P
                . skipped
                P
                N004 3
                -
                L004
                L002
                S004
                CF?1
                CB+6
                P
                L004
                L002
                CF?3
                A write annotation not reached
                H unreachable
                P
                B
                H Finished. ok
                P

                """#,
            expected: #"""
                4
                -4
                done counting
                1
                -1
                not reached
                Halt: unreachable

                """#),
        ReferenceDeck(
            name: "pictures",
            purpose: "number pictures, annotations, rows and columns, new line",
            deck: #"""
                N001 1234567
                N002 -1234567
                N003 0
                N004 -0
                N005 42
                N006 99999999999999999999999999999999999999999999999999
                A write numbers as 9,999.99
                +
                L001
                P
                L002
                P
                L003
                P
                L004
                P
                L005
                P
                L006
                P
                A write numbers as #,###
                L001
                P
                L002
                P
                L003
                P
                L005
                P
                A write numbers as ±99999
                L001
                P
                L002
                P
                L005
                P
                A write numbers as +##### units
                L002
                P
                L005
                P
                A write numbers as -###.## . not a comment
                L002
                P
                L005
                P
                A write numbers as $##,###,##9.99 CR
                L001
                P
                L004
                P
                A write in columns
                A write numbers as 9999
                L005
                P
                L001
                P
                A write annotation  / annotation /
                A write new line
                A write in rows
                L005
                P
                A write annotation after rows
                A Write Numbers As (###)
                L005
                P

                """#,
            expected: #"""
                12,345.67
                0,000.00
                0,000.00
                -0,000.00
                0,000.42
                0,000.41
                1234,567
                0
                0
                42
                12+34567
                +00000
                +00042
                12-34525 units
                 42 units
                12-345.25 . not a comment
                .42 . not a comment
                $,12,346.09 CR
                -$,,0.00 CR
                00421234567 / annotation /
                1234609
                after rows
                (42)

                """#),
        ReferenceDeck(
            name: "cycles",
            purpose: "( ), (? ), {? }, {? }{ }, { }, nested cycles",
            deck: #"""
                . cycles translated by the attendant
                N001 5
                N002 1
                N003 0
                N010 0
                (?
                -
                L001
                L002
                S001
                P
                +
                L010
                L001
                S010
                -
                L003
                L001
                )
                L010
                P
                . if-else on the lever
                N004 7
                N005 9
                -
                L004
                L005
                {?
                A write annotation seven is not below nine
                }{
                A write annotation seven is below nine
                }
                -
                L005
                L004
                {?
                A write annotation nine is not below seven
                }{
                A write annotation nine is below seven
                }
                {?
                A write annotation lever down
                }
                +
                L003
                L003
                {?
                A write annotation lever down again
                }
                {
                A write annotation never
                }
                . nested loops: 3 x 2
                N020 3
                (?
                N021 2
                (?
                A write annotation inner
                -
                L021
                L002
                S021
                -
                L003
                L021
                )
                A write annotation outer
                -
                L020
                L002
                S020
                -
                L003
                L020
                )
                . unconditional loop left by CF
                N030 4
                (
                -
                L030
                L002
                S030
                P
                CF?2
                )
                A write annotation after the loop
                H Done

                """#,
            expected: #"""
                4
                3
                2
                1
                0
                10
                seven is below nine
                nine is not below seven
                lever down
                lever down again
                inner
                inner
                outer
                inner
                inner
                outer
                inner
                inner
                outer
                3
                2
                1
                0
                -1
                after the loop
                Halt: Done

                """#),
        ReferenceDeck(
            name: "decimal",
            purpose:
                "decimal places: absolute and relative, scaled number cards with the reference's rounding, bare < >",
            deck: #"""
                A set decimal places to 3
                N001 3.14159
                N002 2.7182818
                N003 -1.5
                N004 0.0049
                N005 1.9999
                N006 .5
                N007 12
                A write numbers with decimal point
                +
                L001
                L002
                P
                L003
                L004
                P
                L005
                L006
                P
                L007
                L003
                P
                A set decimal places to +2
                N008 1.5
                ×
                L008
                L008
                >
                P
                A set decimal places to -4
                N009 9.99
                +
                L009
                L003
                P
                A write numbers with decimal point
                L009
                L003
                P
                N010 2.
                L010
                L003
                P

                """#,
            expected: #"""
                5.860
                -1.000
                11.500
                -1.488
                225.000
                -0.590
                -59.0
                -148.0

                """#),
        ReferenceDeck(
            name: "library",
            purpose: "library decks factorial and gcd, names case-insensitive",
            deck: #"""
                N900 10
                A include from library cards for factorial
                L901
                P
                N900 0
                A include from library cards for Factorial
                L901
                P
                N900 84
                N901 36
                A include from library cards for gcd
                L902
                P
                N900 17
                N901 0
                A include from library cards for gcd
                L902
                P
                N900 0
                N901 17
                A include from library cards for gcd
                L902
                P
                N900 30
                A include from library cards for factorial
                L901
                P

                """#,
            expected: #"""
                3628800
                1
                12
                17
                17
                265252859812191058636308480000000

                """#),
        ReferenceDeck(
            name: "extra1",
            purpose:
                "decimal places 0 and relative, pictures from decimal places, bare >, { }{ } and nested {? }{ } with a loop inside",
            deck: #"""
                A set decimal places to 0
                N001 -1.5
                N002 2.9
                A write numbers with decimal point
                +
                L001
                L002
                P
                L002
                L001
                P
                A set decimal places to +3
                N004 1.23456
                N005 -0.0005
                A write numbers with decimal point
                L004
                L005
                P
                ×
                L004
                L004
                >
                P
                {
                A write annotation skipped always
                }{
                A write annotation else of unconditional
                }
                N010 1
                N011 2
                -
                L010
                L011
                {?
                A write annotation a
                {?
                A write annotation b
                }{
                A write annotation c
                }
                }{
                A write annotation d
                (?
                -
                L011
                L010
                S011
                P
                -
                L000
                L011
                )
                }

                """#,
            expected: #"""
                1.
                1.
                1.135
                1.525
                else of unconditional
                d
                0.001
                0.000

                """#),
        ReferenceDeck(
            name: "extra2",
            purpose: "library gcd (case-insensitive name) on edge values, 41! from the library deck",
            deck: #"""
                N900 1071
                N901 462
                A include from library cards for gcd
                L902
                P
                N900 99999999999999999999999999999999999999999999999999
                N901 33333333333333333333333333333333333333333333333333
                A include from library cards for GCD
                L902
                P
                N900 12345678901234567890
                N901 0
                A include from library cards for gcd
                L902
                P
                N900 41
                A include from library cards for factorial
                L901
                P

                """#,
            expected: #"""
                21
                33333333333333333333333333333333333333333333333333
                12345678901234567890
                33452526613163807108170062053440751665152000000000

                """#),
        ReferenceDeck(
            name: "quirks",
            purpose:
                "no-operation crank, unchecked overflows, 0 + -0 raising the lever, L' cleared by the first load, Z, comments, T and D, negative skips",
            deck: #"""
                . quirks of the reference
                N001 -99999999999999999999999999999999999999999999999999
                N002 99999999999999999999999999999999999999999999999999
                N003 0
                N004 -0
                N005 12
                N006 5
                . loads before any operation card crank with no operation
                L005
                L006
                P
                . negative overflow of addition is not checked
                +
                L001
                L001
                P
                S010
                CF?1
                A write annotation lever stayed down
                L010
                L001
                P
                . positive overflow of subtraction is not checked
                -
                L002
                L001
                P
                CF?1
                A write annotation lever stayed down again
                . 0 + -0 raises the lever
                +
                L003
                L004
                CF?1
                A write annotation not printed
                P
                . the first load clears the primed ingress
                ÷
                L005'
                L005
                L006
                P
                S011'
                L011
                P
                L005
                L005'
                L006
                P
                S012'
                L012
                P
                . Z zeroes the column
                +
                Z005
                L003
                P
                L005
                L003
                P
                . a comment after a period and space. is trimmed
                N007 33 . thirty-three
                L007 . load it
                L003
                P
                . T and D cards do nothing here
                T0
                D
                +
                . Store and print the primed egress after addition
                L006
                L006
                S013'
                L013
                P
                . a skip backwards by a negative forward count
                N014 3
                N015 1
                -
                L014
                L015
                S014
                P
                CF?2
                CF+-7
                N020 1
                L020
                P
                H   all done   . comment
                P

                """#,
            expected: #"""
                5
                -199999999999999999999999999999999999999999999999998
                lever stayed down
                -299999999999999999999999999999999999999999999999997
                199999999999999999999999999999999999999999999999998
                lever stayed down again
                0
                2
                2
                5
                0
                12
                0
                33
                0
                2
                1
                0
                -1
                0
                Halt: all done

                """#),
        ReferenceDeck(
            name: "random-001",
            purpose: "60 random operations on edge values, printing every axis",
            deck: #"""
                N000 -9999999999999999999999999999999999999999999999999
                N001 -2122421327502327987514916129819
                N002 9999999999999999999999999
                N003 99999999999999999999999999999
                N004 -5325585
                N005 99999999999999999999999999999999999
                N006 8673257233673126292192545021
                N007 33069051031974269555167
                N008 53
                N009 463717463450854522730034820497036278068413
                ×
                L002
                L007
                P
                CF?1
                A write annotation lever
                S103
                P
                S104'
                P
                ÷
                L002
                <15
                L005
                P
                CF?1
                A write annotation lever
                S106
                P
                S106'
                P
                ×
                L005
                L104
                P
                CF?1
                A write annotation lever
                S101
                P
                S107'
                P
                +
                L109
                L000
                P
                CF?1
                A write annotation lever
                S107
                P
                S100'
                P
                ×
                L105
                L009
                P
                CF?1
                A write annotation lever
                S102
                P
                S102'
                P
                +
                L109
                L002
                P
                CF?1
                A write annotation lever
                S103
                P
                S106'
                P
                ÷
                L002
                L009
                P
                CF?1
                A write annotation lever
                S100
                P
                S106'
                P
                ×
                L002
                L008
                P
                CF?1
                A write annotation lever
                S106
                P
                S100'
                P
                ×
                L006
                L005
                P
                CF?1
                A write annotation lever
                S107
                P
                S105'
                P
                +
                L004
                L004
                P
                CF?1
                A write annotation lever
                S107
                P
                S109'
                P
                A write numbers as ±#########
                ×
                L001
                L005
                P
                CF?1
                A write annotation lever
                S108
                P
                S104'
                P
                A write numbers as 9,999
                +
                L001
                <48
                L008
                P
                CF?1
                A write annotation lever
                S104
                P
                S101'
                P
                -
                L002
                <10
                L008
                P
                CF?1
                A write annotation lever
                S102
                P
                S104'
                P
                ×
                L009
                L104
                P
                CF?1
                A write annotation lever
                S100
                P
                S104'
                P
                ÷
                L002
                L106'
                L006
                P
                CF?1
                A write annotation lever
                S109
                P
                S106'
                P
                +
                L004
                L001
                P
                >20
                P
                CF?1
                A write annotation lever
                S107
                P
                S108'
                P
                ÷
                L004
                L100
                P
                CF?1
                A write annotation lever
                S100
                P
                S106'
                P
                ×
                L102
                L100
                P
                CF?1
                A write annotation lever
                S102
                P
                S103'
                P
                ×
                L004
                L004
                P
                CF?1
                A write annotation lever
                S102
                P
                S106'
                P
                -
                L000
                L005
                P
                >27
                P
                CF?1
                A write annotation lever
                S109
                P
                S107'
                P
                ×
                L009
                <12
                L002
                P
                CF?1
                A write annotation lever
                S103
                P
                S109'
                P
                ÷
                L007
                L102'
                L002
                P
                CF?1
                A write annotation lever
                S100
                P
                S105'
                P
                ÷
                L008
                L000'
                L001
                P
                CF?1
                A write annotation lever
                S102
                P
                S105'
                P
                ×
                L103
                L006
                P
                CF?1
                A write annotation lever
                S105
                P
                S108'
                P
                ÷
                L005
                <10
                L004
                P
                >68
                P
                CF?1
                A write annotation lever
                S103
                P
                S104'
                P
                ÷
                L002
                L001'
                <15
                L006
                P
                CF?1
                A write annotation lever
                S109
                P
                S107'
                P
                ÷
                L109
                L006'
                <55
                L006
                P
                CF?1
                A write annotation lever
                S102
                P
                S102'
                P
                ÷
                L007
                L005'
                L004
                P
                >34
                P
                CF?1
                A write annotation lever
                S105
                P
                S104'
                P
                +
                L009
                <2
                L007
                P
                CF?1
                A write annotation lever
                S100
                P
                S109'
                P
                +
                L006
                L007
                P
                CF?1
                A write annotation lever
                S103
                P
                S103'
                P
                ÷
                L006
                L000'
                L000
                P
                >13
                P
                CF?1
                A write annotation lever
                S106
                P
                S106'
                P
                ÷
                L008
                L000'
                L005
                P
                CF?1
                A write annotation lever
                S105
                P
                S100'
                P
                A write numbers as -###.##
                ×
                L008
                L000
                P
                CF?1
                A write annotation lever
                S101
                P
                S101'
                P
                ÷
                L009
                L009'
                L007
                P
                CF?1
                A write annotation lever
                S107
                P
                S105'
                P
                ÷
                L003
                L003'
                <17
                L009
                P
                >96
                P
                CF?1
                A write annotation lever
                S107
                P
                S101'
                P
                ×
                L001
                L004
                P
                CF?1
                A write annotation lever
                S105
                P
                S102'
                P
                ÷
                L009
                L004'
                L005
                P
                CF?1
                A write annotation lever
                S101
                P
                S103'
                P
                -
                L005
                L004
                P
                CF?1
                A write annotation lever
                S101
                P
                S100'
                P
                ×
                L108
                L002
                P
                CF?1
                A write annotation lever
                S102
                P
                S101'
                P
                ×
                L004
                L002
                P
                >99
                P
                CF?1
                A write annotation lever
                S102
                P
                S102'
                P
                ×
                L009
                L006
                P
                CF?1
                A write annotation lever
                S109
                P
                S104'
                P
                -
                L009
                L004
                P
                >40
                P
                CF?1
                A write annotation lever
                S109
                P
                S108'
                P
                ×
                L104
                L003
                P
                CF?1
                A write annotation lever
                S102
                P
                S100'
                P
                ×
                L005
                L006
                P
                CF?1
                A write annotation lever
                S107
                P
                S106'
                P
                ÷
                L008
                L005'
                L004
                P
                >62
                P
                CF?1
                A write annotation lever
                S100
                P
                S106'
                P
                +
                L003
                L104
                P
                >16
                P
                CF?1
                A write annotation lever
                S102
                P
                S104'
                P
                ×
                L005
                L006
                P
                CF?1
                A write annotation lever
                S103
                P
                S107'
                P
                A write numbers as\#u{20}
                ×
                L002
                L101
                P
                CF?1
                A write annotation lever
                S103
                P
                S103'
                P
                ×
                L000
                L004
                P
                CF?1
                A write annotation lever
                S109
                P
                S104'
                P
                -
                L003
                L004
                P
                CF?1
                A write annotation lever
                S105
                P
                S102'
                P
                -
                L009
                L009
                P
                CF?1
                A write annotation lever
                S105
                P
                S102'
                P
                ×
                L009
                <7
                L008
                P
                CF?1
                A write annotation lever
                S108
                P
                S109'
                P
                -
                L006
                L007
                P
                CF?1
                A write annotation lever
                S100
                P
                S107'
                P
                ×
                L100
                L002
                P
                CF?1
                A write annotation lever
                S108
                P
                S100'
                P
                +
                L006
                <47
                L100
                P
                CF?1
                A write annotation lever
                S102
                P
                S109'
                P
                ×
                L103
                <54
                L104
                P
                CF?1
                A write annotation lever
                S106
                P
                S106'
                P
                ×
                L008
                L008
                P
                CF?1
                A write annotation lever
                S103
                P
                S101'
                P
                ÷
                L006
                L007
                P
                CF?1
                A write annotation lever
                S108
                P
                S100'
                P
                ÷
                L008
                L100'
                L007
                P
                CF?1
                A write annotation lever
                S104
                P
                S103'
                P
                -
                L004
                L002
                P
                CF?1
                A write annotation lever
                S104
                P
                S107'
                P

                """#,
            expected: #"""
                330690510319742695551669966930948968025730444833
                lever
                330690510319742695551669966930948968025730444833
                0
                99999999999999999999000000000099999
                lever
                99999999999999999999000000000099999
                99999
                0
                lever
                0
                0
                -9999999999999999999999999999999999999999999999999
                -9999999999999999999999999999999999999999999999999
                0
                0
                lever
                0
                0
                9999999999999999999999999
                lever
                9999999999999999999999999
                0
                9999999999999999999999999
                lever
                9999999999999999999999999
                0
                529999999999999999999999947
                lever
                529999999999999999999999947
                0
                12629219254502099999991326742766326873707807454979
                lever
                12629219254502099999991326742766326873707807454979
                8673257233673
                -10651170
                lever
                -10651170
                0
                98751491612981899997877578672497672012485-083870181
                lever
                98751491612981899997877578672497672012485-083870181
                2122421-327502327
                -18999999999999999999999999999999999999999999999,947
                lever
                -18999999999999999999999999999999999999999999999,947
                0,000
                99999999999999999999999989999999,947
                lever
                99999999999999999999999989999999,947
                0,000
                0,000
                lever
                0,000
                0,000
                1292092512623017427923680,064
                lever
                1292092512623017427923680,064
                6110737704657525610171498903641642562187239440,235
                -2122421327502327987514921455,404
                -21224213,275
                lever
                -21224213,275
                0,000
                0,000
                0,000
                0,000
                0,000
                lever
                0,000
                0,000
                28361855592,225
                lever
                28361855592,225
                0,000
                -10000000000000099999999999999999999999999999999,998
                -10000000000000099999,999
                lever
                -10000000000000099999,999
                0,000
                52899329829607269965179502963721931587000000000,000
                lever
                52899329829607269965179502963721931587000000000,000
                1746345085452273003482,049
                33069051060336125147,392
                lever
                33069051060336125147,392
                283618555922250000000000028361855592,225
                0,000
                0,000
                0,000
                44278085899250229766154386959579478327000000000,000
                lever
                44278085899250229766154386959579478327000000000,000
                4588094951011018415225508,182
                212,610
                -187772798669066403,033
                lever
                -187772798669066403,033
                0,000
                0,000
                0,000
                0,000
                0,000
                0,000
                0,000
                0,000
                0,000
                0,000
                0,000
                46371746345085452273036551100735602076396,467
                lever
                46371746345085452273036551100735602076396,467
                0,000
                8673290302724158266462100,188
                lever
                8673290302724158266462100,188
                0,000
                -9999999999999999999991326742766326873707807454,978
                99999999999989000000000000000000000867325723367,312
                lever
                99999999999989000000000000000000000867325723367,312
                9999999999999999999999999999999999,999
                0,000
                0,000
                0,000
                299999999999999999999999999999999999999999999-999.47
                lever
                299999999999999999999999999999999999999999999-999.47
                -.5
                .0
                .0
                .0
                .0
                .0
                .0
                .0
                113031351854264853953896246172221191.15
                lever
                113031351854264853953896246172221191.15
                .0
                365491454772752907645029637172-944.12
                lever
                365491454772752907645029637172-944.12
                53255849999999953-628.25
                1000000000000000000000000000053255.84
                lever
                1000000000000000000000000000053255.84
                .0
                809495101101841522550772319050489889815847744918.18
                lever
                809495101101841522550772319050489889815847744918.18
                4.58
                532558499999999999999999946-744.15
                .0
                lever
                .0
                .0
                966431310726861261193174797702338456130404205216.73
                lever
                966431310726861261193174797702338456130404205216.73
                402194084425567754.60
                4637174634508545227300348204970362833939.98
                .46
                lever
                .46
                .0
                40219408442556775459999999999597805915574432245.40
                lever
                40219408442556775459999999999597805915574432245.40
                .0
                126292192545020999999913267427663268737078074549.79
                lever
                126292192545020999999913267427663268737078074549.79
                86732572336.73
                .0
                .0
                .0
                .0
                1000000000402194084425567754.59
                100000000040.21
                lever
                100000000040.21
                .0
                126292192545020999999913267427663268737078074549.79
                lever
                126292192545020999999913267427663268737078074549.79
                86732572336.73
                4579999999999999999999999542
                lever
                4579999999999999999999999542
                0
                49999999999999999999999999999999999999999994674415
                lever
                49999999999999999999999999999999999999999994674415
                532558
                100000000000000000000005325584
                lever
                100000000000000000000005325584
                0
                0
                lever
                0
                0
                45770255628952897046918454863429227376258890000000
                lever
                45770255628952897046918454863429227376258890000000
                2
                8673224164622094317922989854
                lever
                8673224164622094317922989854
                0
                32241646220943179229889866775835377905682077010146
                lever
                32241646220943179229889866775835377905682077010146
                867
                2100000000000000000000000000000000000000000000867
                lever
                2100000000000000000000000000000000000000000000867
                0
                0
                lever
                0
                0
                2809
                lever
                2809
                0
                5736160010796072009762
                lever
                5736160010796072009762
                262277
                8097409900910165204189
                lever
                8097409900910165204189
                793119221190852807728276003911592
                -10000000000000000005325584
                lever
                -10000000000000000005325584
                0

                """#),
        ReferenceDeck(
            name: "random-002",
            purpose: "60 random operations on edge values, printing every axis",
            deck: #"""
                N000 -1500
                N001 367689403033632770479531831259862289589984568063
                N002 73274642262551804207590964730949674613
                N003 472518935640563706833668014233126
                N004 31459922920841367044795134401636498583104155854959
                N005 -0
                N006 815392458328368034200049
                N007 60442015466488749092565845345
                N008 93426246735161598427166256270703314199903950169203
                N009 68711960655509582002729
                ÷
                L002
                L006
                P
                CF?1
                A write annotation lever
                S103
                P
                S105'
                P
                -
                L009
                L007
                P
                CF?1
                A write annotation lever
                S104
                P
                S108'
                P
                ÷
                L101
                L009
                P
                CF?1
                A write annotation lever
                S108
                P
                S105'
                P
                ÷
                L004
                L001
                P
                >95
                P
                CF?1
                A write annotation lever
                S101
                P
                S100'
                P
                +
                L007
                L007
                P
                CF?1
                A write annotation lever
                S101
                P
                S108'
                P
                ×
                L005
                L003
                P
                >91
                P
                CF?1
                A write annotation lever
                S100
                P
                S100'
                P
                -
                L005
                <7
                L103
                P
                CF?1
                A write annotation lever
                S100
                P
                S100'
                P
                +
                L003
                <59
                L006
                P
                >23
                P
                CF?1
                A write annotation lever
                S108
                P
                S100'
                P
                +
                L005
                L009
                P
                >78
                P
                CF?1
                A write annotation lever
                S101
                P
                S104'
                P
                +
                L009
                L008
                P
                CF?1
                A write annotation lever
                S100
                P
                S104'
                P
                ÷
                L105
                L004'
                <43
                L009
                P
                CF?1
                A write annotation lever
                S101
                P
                S100'
                P
                -
                L003
                L007
                P
                CF?1
                A write annotation lever
                S105
                P
                S102'
                P
                ×
                L006
                L006
                P
                CF?1
                A write annotation lever
                S100
                P
                S108'
                P
                ×
                L003
                <10
                L006
                P
                >58
                P
                CF?1
                A write annotation lever
                S103
                P
                S108'
                P
                ×
                L002
                L005
                P
                CF?1
                A write annotation lever
                S104
                P
                S101'
                P
                ÷
                L009
                L103'
                L105
                P
                CF?1
                A write annotation lever
                S100
                P
                S102'
                P
                A write numbers as +99
                -
                L007
                L002
                P
                CF?1
                A write annotation lever
                S101
                P
                S100'
                P
                -
                L006
                <42
                L003
                P
                CF?1
                A write annotation lever
                S104
                P
                S108'
                P
                -
                L103
                L108
                P
                CF?1
                A write annotation lever
                S106
                P
                S106'
                P
                ÷
                L007
                L003
                P
                CF?1
                A write annotation lever
                S101
                P
                S107'
                P
                ÷
                L007
                L104'
                L009
                P
                CF?1
                A write annotation lever
                S100
                P
                S106'
                P
                ×
                L002
                L109
                P
                >57
                P
                CF?1
                A write annotation lever
                S100
                P
                S106'
                P
                ÷
                L003
                <1
                L007
                P
                CF?1
                A write annotation lever
                S101
                P
                S103'
                P
                -
                L007
                L006
                P
                CF?1
                A write annotation lever
                S102
                P
                S105'
                P
                +
                L006
                <39
                L007
                P
                CF?1
                A write annotation lever
                S106
                P
                S103'
                P
                +
                L009
                L102
                P
                >90
                P
                CF?1
                A write annotation lever
                S107
                P
                S104'
                P
                ÷
                L009
                L003'
                L003
                P
                CF?1
                A write annotation lever
                S106
                P
                S107'
                P
                ×
                L005
                L004
                P
                CF?1
                A write annotation lever
                S108
                P
                S106'
                P
                ×
                L005
                L007
                P
                CF?1
                A write annotation lever
                S101
                P
                S105'
                P
                ÷
                L009
                L006
                P
                CF?1
                A write annotation lever
                S100
                P
                S102'
                P
                ÷
                L004
                L105
                P
                CF?1
                A write annotation lever
                S108
                P
                S104'
                P
                ÷
                L108
                L003'
                L007
                P
                CF?1
                A write annotation lever
                S102
                P
                S102'
                P
                ×
                L005
                L005
                P
                CF?1
                A write annotation lever
                S109
                P
                S102'
                P
                ×
                L001
                L008
                P
                CF?1
                A write annotation lever
                S106
                P
                S108'
                P
                A write numbers as -###.##
                ÷
                L006
                L105
                P
                CF?1
                A write annotation lever
                S105
                P
                S108'
                P
                ×
                L102
                L005
                P
                CF?1
                A write annotation lever
                S103
                P
                S108'
                P
                ÷
                L102
                L004
                P
                >59
                P
                CF?1
                A write annotation lever
                S108
                P
                S107'
                P
                +
                L001
                L005
                P
                CF?1
                A write annotation lever
                S109
                P
                S106'
                P
                +
                L004
                L005
                P
                >95
                P
                CF?1
                A write annotation lever
                S109
                P
                S109'
                P
                ÷
                L008
                L000
                P
                CF?1
                A write annotation lever
                S109
                P
                S102'
                P
                -
                L108
                L004
                P
                CF?1
                A write annotation lever
                S108
                P
                S101'
                P
                ÷
                L103
                L002'
                L001
                P
                CF?1
                A write annotation lever
                S109
                P
                S105'
                P
                ÷
                L006
                L103
                P
                CF?1
                A write annotation lever
                S100
                P
                S102'
                P
                ÷
                L103
                L008'
                L008
                P
                CF?1
                A write annotation lever
                S105
                P
                S100'
                P
                ÷
                L006
                L103'
                L008
                P
                CF?1
                A write annotation lever
                S107
                P
                S108'
                P
                ×
                L004
                L006
                P
                CF?1
                A write annotation lever
                S104
                P
                S106'
                P
                +
                L002
                L100
                P
                CF?1
                A write annotation lever
                S102
                P
                S108'
                P
                ×
                L002
                L004
                P
                CF?1
                A write annotation lever
                S108
                P
                S104'
                P
                A write numbers as 9,999
                +
                L103
                L004
                P
                CF?1
                A write annotation lever
                S105
                P
                S101'
                P
                ×
                L000
                L001
                P
                CF?1
                A write annotation lever
                S102
                P
                S107'
                P
                -
                L007
                L000
                P
                CF?1
                A write annotation lever
                S107
                P
                S103'
                P
                ×
                L001
                <8
                L002
                P
                CF?1
                A write annotation lever
                S108
                P
                S106'
                P
                ×
                L001
                L007
                P
                CF?1
                A write annotation lever
                S108
                P
                S109'
                P
                ×
                L107
                L005
                P
                CF?1
                A write annotation lever
                S104
                P
                S108'
                P
                ×
                L004
                L003
                P
                CF?1
                A write annotation lever
                S104
                P
                S105'
                P
                +
                L001
                L000
                P
                >3
                P
                CF?1
                A write annotation lever
                S101
                P
                S105'
                P
                +
                L106
                L108
                P
                >41
                P
                CF?1
                A write annotation lever
                S103
                P
                S109'
                P
                ×
                L000
                L100
                P
                CF?1
                A write annotation lever
                S103
                P
                S107'
                P
                A write numbers as ±#########
                -
                L001
                <23
                L006
                P
                CF?1
                A write annotation lever
                S105
                P
                S103'
                P
                -
                L106
                <60
                L009
                P
                CF?1
                A write annotation lever
                S109
                P
                S100'
                P

                """#,
            expected: #"""
                153684824007895780333443
                lever
                153684824007895780333443
                89864262925330
                -60441946754528093582983842616
                -60441946754528093582983842616
                0
                0
                lever
                0
                0
                206323662982581554034928744548203967955467569604
                0
                lever
                0
                0
                120884030932977498185131690690
                lever
                120884030932977498185131690690
                0
                0
                0
                lever
                0
                0
                -153684824007895780333443
                -153684824007895780333443
                0
                815392458328368034200049
                8
                lever
                8
                0
                68711960655509582002729
                0
                lever
                0
                0
                93426246735161598427166256339415274855413532171932
                lever
                93426246735161598427166256339415274855413532171932
                0
                0
                0
                0
                472458493625097218084575448387781
                lever
                472458493625097218084575448387781
                0
                664864861098779401177837601545288549707351602401
                lever
                664864861098779401177837601545288549707351602401
                0
                94392873349022106539944920548736066231740000000000
                385288376
                lever
                385288376
                0
                0
                lever
                0
                0
                470152546618384243041983903147385
                lever
                470152546618384243041983903147385
                81549677103642464750480624
                732746422021097887411022156383838292-68
                732746422021097887411022156383838292-68
                 00
                342000489999999995274810643594362931663319857668 74
                lever
                342000489999999995274810643594362931663319857668 74
                 00
                3852883 76
                lever
                3852883 76
                 00
                604420154664887490925658453 45
                lever
                604420154664887490925658453 45
                 00
                 00
                 00
                 00
                 00
                 00
                lever
                 00
                 00
                139132819461305271600507951 95
                lever
                139132819461305271600507951 95
                781 77
                604412000740304207245316452 96
                lever
                604412000740304207245316452 96
                 00
                680342000490000000000604420154664887490925658453 45
                lever
                680342000490000000000604420154664887490925658453 45
                 00
                604412687859910762341136480 25
                 00
                lever
                 00
                 00
                687119606555095820027 29
                lever
                687119606555095820027 29
                1000000000000000000000000000000000000000000000000 00
                 00
                lever
                 00
                 00
                 00
                lever
                 00
                 00
                687119606555095820027 29
                lever
                687119606555095820027 29
                 00
                 00
                 00
                 00
                 00
                 00
                 00
                 00
                lever
                 00
                 00
                584982906114175699135785012569353623317077199637 89
                lever
                584982906114175699135785012569353623317077199637 89
                3435184088972445074741829988730092419626139698 86
                .0
                .0
                .0
                .0
                lever
                .0
                .0
                .0
                .0
                lever
                .0
                .0
                3676894030336327704795318312598622895899845680.63
                lever
                3676894030336327704795318312598622895899845680.63
                .0
                314599229208413670447951344016364985831041558549.59
                .0
                lever
                .0
                .0
                12.03
                lever
                12.03
                622841644901077322847775041804688761332693-001.12
                314599229208413670447951344016364985831041558-549.59
                314599229208413670447951344016364985831041558-549.59
                .0
                3439899619813330861687462597080842183498897395.09
                lever
                3439899619813330861687462597080842183498897395.09
                199284074161499097326694687776366156743.57
                .0
                .0
                .0
                .0
                lever
                .0
                1000000000000000000000000000000000000000000000000.00
                8153924583283680342000.49
                lever
                8153924583283680342000.49
                .0
                441889539066543661801768807876795958792552346929.91
                lever
                441889539066543661801768807876795958792552346929.91
                2565218388924581474833.74
                732746422625518042075909647309496746.13
                732746422625518042075909647309496746.13
                .0
                284984547501534938676747163978012521463198724558.67
                lever
                284984547501534938676747163978012521463198724558.67
                230521459763210503209660730155768549.36
                31459922920841367044795134401636498583104155854,959
                lever
                31459922920841367044795134401636498583104155854,959
                0,000
                -51534104550449155719297746889793434384976852094,500
                lever
                -51534104550449155719297746889793434384976852094,500
                -0,005
                60442015466488749092565846,845
                lever
                60442015466488749092565846,845
                0,000
                73102947836230585930431017994134120168461900000,000
                lever
                73102947836230585930431017994134120168461900000,000
                29532145261033563303492230491454846,369
                80593624341156669476145040234198338175256284216,735
                lever
                80593624341156669476145040234198338175256284216,735
                222238885850228470935670,565
                0,000
                lever
                0,000
                0,000
                7534821225983076476833325301453488881019269171,834
                lever
                7534821225983076476833325301453488881019269171,834
                148654092938901369028263163823,084
                367689403033632770479531831259862289589984566,563
                367689403033632770479531831259862289589984,566
                lever
                367689403033632770479531831259862289589984,566
                0,000
                29532145261033563303492230491454846,369
                0,000
                lever
                0,000
                0,000
                -0,000
                lever
                -0,000
                -1,500
                53183125986228958998456805484607541671631+965799951
                lever
                53183125986228958998456805484607541671631+965799951
                +0
                68711960655509-582002729
                68711960655509-582002729
                +0

                """#),
        ReferenceDeck(
            name: "random-003",
            purpose: "60 random operations on edge values, printing every axis",
            deck: #"""
                N000 -99999999999999999999999999999999999999999999999999
                N001 -6105760244821980830681908851878
                N002 -33770651609217260
                N003 65985292118757071711243345883977333
                N004 99999999999999999999999999999999999999999
                N005 5524587986303555926543576723251154424923139508002
                N006 50000000000000000000000000000000000000000000000000
                N007 8313728901503512815048772558768114604622053488
                N008 -943675895
                N009 99999999999999999999999999999999
                ÷
                L109
                L100
                P
                CF?1
                A write annotation lever
                S109
                P
                S105'
                P
                ÷
                L007
                L004
                P
                CF?1
                A write annotation lever
                S104
                P
                S109'
                P
                -
                L104
                L000
                P
                CF?1
                A write annotation lever
                S109
                P
                S101'
                P
                -
                L100
                L006
                P
                >61
                P
                CF?1
                A write annotation lever
                S107
                P
                S101'
                P
                +
                L006
                <27
                L009
                P
                CF?1
                A write annotation lever
                S101
                P
                S100'
                P
                +
                L004
                L105
                P
                CF?1
                A write annotation lever
                S104
                P
                S108'
                P
                +
                L009
                <38
                L000
                P
                CF?1
                A write annotation lever
                S103
                P
                S106'
                P
                ×
                L009
                <55
                L104
                P
                CF?1
                A write annotation lever
                S105
                P
                S102'
                P
                ÷
                L004
                L009
                P
                CF?1
                A write annotation lever
                S108
                P
                S101'
                P
                ÷
                L007
                L007
                P
                CF?1
                A write annotation lever
                S106
                P
                S104'
                P
                ÷
                L001
                L000
                P
                CF?1
                A write annotation lever
                S106
                P
                S109'
                P
                -
                L003
                L100
                P
                CF?1
                A write annotation lever
                S105
                P
                S109'
                P
                ×
                L001
                L001
                P
                CF?1
                A write annotation lever
                S100
                P
                S105'
                P
                ÷
                L009
                L007
                P
                >97
                P
                CF?1
                A write annotation lever
                S105
                P
                S109'
                P
                ÷
                L006
                L109
                P
                CF?1
                A write annotation lever
                S102
                P
                S104'
                P
                ×
                L007
                L005
                P
                CF?1
                A write annotation lever
                S101
                P
                S101'
                P
                ×
                L103
                L004
                P
                CF?1
                A write annotation lever
                S102
                P
                S101'
                P
                ×
                L003
                L006
                P
                CF?1
                A write annotation lever
                S101
                P
                S100'
                P
                -
                L000
                L006
                P
                CF?1
                A write annotation lever
                S101
                P
                S109'
                P
                -
                L006
                L008
                P
                CF?1
                A write annotation lever
                S107
                P
                S105'
                P
                ×
                L006
                L006
                P
                CF?1
                A write annotation lever
                S102
                P
                S103'
                P
                A write numbers as\#u{20}
                ÷
                L007
                L005
                P
                CF?1
                A write annotation lever
                S107
                P
                S108'
                P
                ÷
                L001
                L004
                P
                CF?1
                A write annotation lever
                S101
                P
                S103'
                P
                A write numbers as\#u{20}
                -
                L007
                <30
                L006
                P
                CF?1
                A write annotation lever
                S102
                P
                S108'
                P
                ×
                L001
                L003
                P
                >78
                P
                CF?1
                A write annotation lever
                S101
                P
                S105'
                P
                ÷
                L000
                L002'
                <56
                L003
                P
                CF?1
                A write annotation lever
                S102
                P
                S103'
                P
                -
                L000
                L001
                P
                CF?1
                A write annotation lever
                S100
                P
                S104'
                P
                ÷
                L003
                L000'
                L003
                P
                CF?1
                A write annotation lever
                S100
                P
                S102'
                P
                A write numbers as 9,999
                +
                L000
                L002
                P
                >64
                P
                CF?1
                A write annotation lever
                S107
                P
                S105'
                P
                +
                L002
                L004
                P
                CF?1
                A write annotation lever
                S105
                P
                S104'
                P
                ×
                L007
                <0
                L007
                P
                CF?1
                A write annotation lever
                S106
                P
                S101'
                P
                +
                L003
                L009
                P
                CF?1
                A write annotation lever
                S106
                P
                S100'
                P
                ÷
                L003
                L003
                P
                CF?1
                A write annotation lever
                S106
                P
                S107'
                P
                A write numbers as ±#########
                ÷
                L007
                L104
                P
                CF?1
                A write annotation lever
                S102
                P
                S100'
                P
                ×
                L005
                <44
                L006
                P
                >93
                P
                CF?1
                A write annotation lever
                S108
                P
                S106'
                P
                ×
                L000
                L006
                P
                CF?1
                A write annotation lever
                S100
                P
                S107'
                P
                ÷
                L002
                L006'
                L003
                P
                CF?1
                A write annotation lever
                S100
                P
                S105'
                P
                +
                L001
                L007
                P
                CF?1
                A write annotation lever
                S104
                P
                S109'
                P
                +
                L002
                L109
                P
                CF?1
                A write annotation lever
                S103
                P
                S101'
                P
                +
                L005
                L003
                P
                CF?1
                A write annotation lever
                S102
                P
                S101'
                P
                -
                L101
                L005
                P
                CF?1
                A write annotation lever
                S106
                P
                S104'
                P
                ÷
                L002
                L005'
                L005
                P
                CF?1
                A write annotation lever
                S106
                P
                S102'
                P
                ÷
                L108
                L007
                P
                CF?1
                A write annotation lever
                S106
                P
                S102'
                P
                ÷
                L107
                L000
                P
                CF?1
                A write annotation lever
                S102
                P
                S102'
                P
                -
                L009
                L007
                P
                CF?1
                A write annotation lever
                S108
                P
                S104'
                P
                ÷
                L008
                L007
                P
                CF?1
                A write annotation lever
                S100
                P
                S104'
                P
                ÷
                L002
                L001
                P
                CF?1
                A write annotation lever
                S102
                P
                S106'
                P
                ÷
                L104
                L007'
                L008
                P
                CF?1
                A write annotation lever
                S108
                P
                S100'
                P
                ×
                L004
                L005
                P
                CF?1
                A write annotation lever
                S100
                P
                S107'
                P
                -
                L101
                L105
                P
                >27
                P
                CF?1
                A write annotation lever
                S104
                P
                S103'
                P
                ×
                L008
                L001
                P
                CF?1
                A write annotation lever
                S100
                P
                S104'
                P
                +
                L000
                L001
                P
                CF?1
                A write annotation lever
                S101
                P
                S101'
                P
                A write numbers as -###.##
                +
                L002
                L008
                P
                CF?1
                A write annotation lever
                S100
                P
                S100'
                P
                ÷
                L004
                L101'
                L001
                P
                CF?1
                A write annotation lever
                S106
                P
                S102'
                P
                +
                L007
                L004
                P
                >67
                P
                CF?1
                A write annotation lever
                S104
                P
                S101'
                P
                ×
                L003
                L103
                P
                CF?1
                A write annotation lever
                S104
                P
                S104'
                P
                ×
                L103
                L006
                P
                >63
                P
                CF?1
                A write annotation lever
                S108
                P
                S105'
                P
                A write numbers as -###.##
                ×
                L106
                L006
                P
                CF?1
                A write annotation lever
                S102
                P
                S102'
                P
                ×
                L009
                <35
                L007
                P
                >42
                P
                CF?1
                A write annotation lever
                S109
                P
                S106'
                P
                ×
                L001
                L009
                P
                CF?1
                A write annotation lever
                S101
                P
                S101'
                P

                """#,
            expected: #"""
                0
                0
                0
                28901503512815048772558768114604622136625
                lever
                28901503512815048772558768114604622136625
                83137
                100000000028901503512815048772558768114604622136624
                lever
                100000000028901503512815048772558768114604622136624
                0
                -50000000000000000000000000000000000000000000000000
                0
                0
                0
                99999999999999999999999999999999
                lever
                99999999999999999999999999999999
                0
                99999999999999999999999999999999999999999
                lever
                99999999999999999999999999999999999999999
                0
                -99999999999999999999999999999999999999
                -99999999999999999999999999999999999999
                0
                0
                lever
                0
                0
                999999999
                lever
                999999999
                1000000000
                0
                lever
                0
                1
                -6105760244821980830681908851878
                lever
                -6105760244821980830681908851878
                0
                65985292118757071711243345883977333
                lever
                65985292118757071711243345883977333
                0
                48575291291041441665275185031050679749572144126884
                lever
                48575291291041441665275185031050679749572144126884
                372803081672
                99999999999999999999999999999999
                0
                lever
                0
                0
                0
                0
                0
                94038016890303504271162795352791784124071248010976
                lever
                94038016890303504271162795352791784124071248010976
                459299268106309659145435000213195008640230971
                -99999999899900000000000000000000000000000000000001
                lever
                -99999999899900000000000000000000000000000000000001
                -99999999999999999999999999999
                50000000000000000000000000000000000000000000000000
                lever
                50000000000000000000000000000000000000000000000000
                32992646059378535855621672941988666
                49999999999999999999999999999999999999999999999999
                49999999999999999999999999999999999999999999999999
                0
                50000000000000000000000000000000000000000943675895
                lever
                50000000000000000000000000000000000000000943675895
                0
                0
                lever
                0
                25000000000000000000000000000000000000000000000000
                8313728901503512815048772558768114604622053488
                lever
                8313728901503512815048772558768114604622053488
                0
                -6105760244821980830681908851878
                lever
                -6105760244821980830681908851878
                0
                8768114604622053488000000000000000000000000000000
                lever
                8768114604622053488000000000000000000000000000000
                0
                -376931020271043239009245286616136610142206481374
                0
                lever
                0
                0
                0
                0
                0
                -99999999999999999993894239755178019169318091148121
                lever
                -99999999999999999993894239755178019169318091148121
                0
                0
                0
                0
                -100000000000000000000000000000000033770651609217,259
                0,000
                lever
                0,000
                0,000
                99999999999999999999999966229348390782,739
                lever
                99999999999999999999999966229348390782,739
                0,000
                59926427426894446049829478858161590828045932966,144
                lever
                59926427426894446049829478858161590828045932966,144
                691180882476948058862432214477307301331,756
                66085292118757071711243345883977,332
                lever
                66085292118757071711243345883977,332
                0,000
                0,000
                lever
                0,000
                0,001
                +0
                +0
                +0
                +0
                +2540010
                lever
                +2540010
                +0
                150000000000000000000000000000000000000000-000000000
                lever
                150000000000000000000000000000000000000000-000000000
                49999999999999999999999999999999999999999-999999998
                +0
                +0
                +0
                8313728901503506709288527736787283922+713201610
                lever
                8313728901503506709288527736787283922+713201610
                +0
                33770651-609217260
                lever
                33770651-609217260
                +0
                5524587986303621911835695480322865668269+023485335
                lever
                5524587986303621911835695480322865668269+023485335
                +0
                5524587986303555926543576723251154424923-139508002
                5524587986303555926543576723251154424923-139508002
                +0
                5524587986303555926543576723251120654271+530290742
                lever
                5524587986303555926543576723251120654271+530290742
                99999999999999999999999999999999999999999+999999999
                +2540010
                lever
                +2540010
                +0
                49999999999999999999999999999999999999999-999999998
                lever
                49999999999999999999999999999999999999999-999999998
                +0
                8313728901503412815048772558768114604-622053489
                8313728901503412815048772558768114604-622053489
                +0
                -943675895
                lever
                -943675895
                +0
                33770651-609217260
                lever
                33770651-609217260
                +0
                +0
                +0
                +0
                8426212213696444073456423276748845575076+860491998
                lever
                8426212213696444073456423276748845575076+860491998
                5524587986303555926543576723251+154424923
                +0
                +0
                lever
                +0
                +0
                5761858763687801876066593796104+394080810
                lever
                5761858763687801876066593796104+394080810
                +0
                100000000000000000006105760244821980830681-908851877
                lever
                100000000000000000006105760244821980830681-908851877
                +0
                337706525528-931.55
                lever
                337706525528-931.55
                .0
                37034233805500996339948573087.97
                lever
                37034233805500996339948573087.97
                163779-768.59
                83138289015035128150487725587681146046220534.87
                .0
                lever
                .0
                .0
                .0
                lever
                .0
                .0
                .0
                .0
                lever
                .0
                .0
                500000000000000000000000000000000000000000000000.00
                lever
                500000000000000000000000000000000000000000000000.00
                18517116902750498169974286543.98
                885395377946512000000000000000000000000000000000.00
                728901503504501319871055255299555849494719885395.37
                lever
                728901503504501319871055255299555849494719885395.37
                83.13
                980830681908851877938942397551780191693180911-481.22
                lever
                980830681908851877938942397551780191693180911-481.22
                61057602-448.21

                """#),
        ReferenceDeck(
            name: "random-005",
            purpose: "60 random operations on edge values, printing every axis",
            deck: #"""
                N000 42391184761677672558034515769855018359528750633
                N001 934106634596949
                N002 -1000000000000000000000000000000
                N003 -9999999999999999
                N004 -10000000000000000000000000
                N005 663493191
                N006 -1
                N007 -25221799296
                N008 -34024821651691905832485521319351438
                N009 -6742642278706
                ×
                L006
                L000
                P
                CF?1
                A write annotation lever
                S105
                P
                S104'
                P
                ÷
                L000
                L008
                P
                CF?1
                A write annotation lever
                S104
                P
                S107'
                P
                -
                L000
                L000
                P
                >2
                P
                CF?1
                A write annotation lever
                S105
                P
                S106'
                P
                A write numbers as +99
                ×
                L004
                L007
                P
                CF?1
                A write annotation lever
                S102
                P
                S109'
                P
                -
                L007
                L108
                P
                CF?1
                A write annotation lever
                S107
                P
                S105'
                P
                ÷
                L006
                L007'
                L109
                P
                CF?1
                A write annotation lever
                S104
                P
                S100'
                P
                +
                L003
                L001
                P
                CF?1
                A write annotation lever
                S102
                P
                S105'
                P
                ×
                L004
                L005
                P
                CF?1
                A write annotation lever
                S102
                P
                S101'
                P
                ×
                L104
                L009
                P
                >6
                P
                CF?1
                A write annotation lever
                S101
                P
                S109'
                P
                ÷
                L002
                L005
                P
                CF?1
                A write annotation lever
                S106
                P
                S102'
                P
                A write numbers as 9,999
                ÷
                L001
                L106'
                L003
                P
                >100
                P
                CF?1
                A write annotation lever
                S106
                P
                S101'
                P
                ×
                L009
                L003
                P
                CF?1
                A write annotation lever
                S107
                P
                S109'
                P
                ÷
                L009
                L001
                P
                CF?1
                A write annotation lever
                S107
                P
                S106'
                P
                +
                L004
                L004
                P
                CF?1
                A write annotation lever
                S107
                P
                S105'
                P
                ÷
                L007
                L002
                P
                CF?1
                A write annotation lever
                S105
                P
                S109'
                P
                ×
                L003
                L005
                P
                CF?1
                A write annotation lever
                S107
                P
                S104'
                P
                ×
                L105
                L008
                P
                CF?1
                A write annotation lever
                S102
                P
                S109'
                P
                ÷
                L005
                L102'
                L109
                P
                CF?1
                A write annotation lever
                S108
                P
                S105'
                P
                ×
                L002
                L107
                P
                CF?1
                A write annotation lever
                S102
                P
                S107'
                P
                ×
                L003
                L009
                P
                >46
                P
                CF?1
                A write annotation lever
                S107
                P
                S104'
                P
                ×
                L102
                L106
                P
                CF?1
                A write annotation lever
                S109
                P
                S108'
                P
                ÷
                L009
                L009
                P
                CF?1
                A write annotation lever
                S100
                P
                S103'
                P
                ÷
                L009
                L108'
                L101
                P
                CF?1
                A write annotation lever
                S100
                P
                S107'
                P
                -
                L003
                <11
                L008
                P
                CF?1
                A write annotation lever
                S108
                P
                S100'
                P
                ×
                L004
                L102
                P
                CF?1
                A write annotation lever
                S103
                P
                S105'
                P
                A write numbers as +99
                ×
                L006
                L007
                P
                CF?1
                A write annotation lever
                S100
                P
                S108'
                P
                +
                L008
                L004
                P
                CF?1
                A write annotation lever
                S104
                P
                S105'
                P
                ÷
                L006
                L006
                P
                >76
                P
                CF?1
                A write annotation lever
                S106
                P
                S109'
                P
                -
                L008
                <52
                L008
                P
                CF?1
                A write annotation lever
                S100
                P
                S106'
                P
                ÷
                L009
                L100'
                L004
                P
                CF?1
                A write annotation lever
                S106
                P
                S106'
                P
                ÷
                L008
                L000
                P
                CF?1
                A write annotation lever
                S102
                P
                S109'
                P
                ×
                L009
                L001
                P
                >39
                P
                CF?1
                A write annotation lever
                S107
                P
                S104'
                P
                +
                L007
                L102
                P
                CF?1
                A write annotation lever
                S104
                P
                S100'
                P
                ÷
                L000
                L000
                P
                CF?1
                A write annotation lever
                S100
                P
                S103'
                P
                -
                L106
                L008
                P
                CF?1
                A write annotation lever
                S107
                P
                S108'
                P
                ÷
                L107
                L008'
                L007
                P
                CF?1
                A write annotation lever
                S105
                P
                S109'
                P
                ÷
                L001
                L103'
                L009
                P
                CF?1
                A write annotation lever
                S100
                P
                S100'
                P
                ÷
                L103
                L006
                P
                >99
                P
                CF?1
                A write annotation lever
                S106
                P
                S109'
                P
                ×
                L100
                L101
                P
                CF?1
                A write annotation lever
                S106
                P
                S107'
                P
                ×
                L002
                L008
                P
                CF?1
                A write annotation lever
                S104
                P
                S100'
                P
                ÷
                L007
                L008
                P
                CF?1
                A write annotation lever
                S102
                P
                S107'
                P
                ÷
                L001
                L007'
                L004
                P
                >93
                P
                CF?1
                A write annotation lever
                S103
                P
                S104'
                P
                +
                L102
                L001
                P
                CF?1
                A write annotation lever
                S101
                P
                S106'
                P
                +
                L007
                L007
                P
                CF?1
                A write annotation lever
                S101
                P
                S102'
                P
                ×
                L008
                L009
                P
                >20
                P
                CF?1
                A write annotation lever
                S101
                P
                S109'
                P
                ÷
                L006
                L004'
                L102
                P
                CF?1
                A write annotation lever
                S101
                P
                S106'
                P
                -
                L000
                <43
                L007
                P
                CF?1
                A write annotation lever
                S107
                P
                S105'
                P
                ×
                L003
                L008
                P
                >80
                P
                CF?1
                A write annotation lever
                S108
                P
                S104'
                P
                ÷
                L005
                L004'
                L009
                P
                CF?1
                A write annotation lever
                S104
                P
                S108'
                P
                -
                L003
                L009
                P
                >91
                P
                CF?1
                A write annotation lever
                S100
                P
                S105'
                P
                A write numbers as 9,999
                +
                L007
                L002
                P
                CF?1
                A write annotation lever
                S107
                P
                S107'
                P
                +
                L003
                L001
                P
                CF?1
                A write annotation lever
                S102
                P
                S106'
                P
                -
                L107
                <58
                L007
                P
                CF?1
                A write annotation lever
                S103
                P
                S102'
                P
                ÷
                L002
                L009'
                L005
                P
                CF?1
                A write annotation lever
                S106
                P
                S102'
                P
                ×
                L101
                L008
                P
                CF?1
                A write annotation lever
                S105
                P
                S108'
                P
                A write numbers as\#u{20}
                -
                L107
                L001
                P
                >4
                P
                CF?1
                A write annotation lever
                S102
                P
                S103'
                P
                ÷
                L000
                <30
                L102
                P
                CF?1
                A write annotation lever
                S109
                P
                S106'
                P
                ÷
                L006
                L000'
                <55
                L002
                P
                CF?1
                A write annotation lever
                S107
                P
                S102'
                P
                +
                L007
                L000
                P
                CF?1
                A write annotation lever
                S100
                P
                S107'
                P
                ×
                L108
                L003
                P
                >2
                P
                CF?1
                A write annotation lever
                S107
                P
                S107'
                P

                """#,
            expected: #"""
                -42391184761677672558034515769855018359528750633
                lever
                -42391184761677672558034515769855018359528750633
                0
                29869982869598135329061958857587023
                lever
                29869982869598135329061958857587023
                -1245889991595
                0
                0
                lever
                0
                0
                2522179929600000000000000000000000 00
                lever
                2522179929600000000000000000000000 00
                 00
                252217992-96
                lever
                252217992-96
                 00
                 00
                 00
                 00
                90658933654030-50
                lever
                90658933654030-50
                 00
                66349319100000000000000000000000-00
                lever
                66349319100000000000000000000000-00
                 00
                 00
                 00
                lever
                 00
                 00
                2128224-04
                lever
                2128224-04
                15071744722697538579-56
                -9065914647643,450
                0,000
                lever
                0,000
                0,000
                67426422787059993257357721,294
                lever
                67426422787059993257357721,294
                0,000
                -6742642278,706
                lever
                -6742642278,706
                0,000
                -20000000000000000000000,000
                lever
                -20000000000000000000000,000
                0,000
                -25221799,296
                lever
                -25221799,296
                0,000
                -6634931909999999336506,809
                lever
                -6634931909999999336506,809
                0,000
                858167222781168467734681615542611090124987,648
                lever
                858167222781168467734681615542611090124987,648
                0,000
                0,000
                0,000
                0,000
                31909999999336506809000000000000000000000000000,000
                lever
                31909999999336506809000000000000000000000000000,000
                66,349
                67426422787059993257357721,294
                0,000
                lever
                0,000
                0,000
                0,000
                lever
                0,000
                0,000
                0,000
                lever
                0,000
                0,001
                0,000
                0,000
                0,000
                34024820651691905832485621319351,438
                lever
                34024820651691905832485621319351,438
                0,000
                -0,000
                lever
                -0,000
                -3190999999933650680900,000
                252217992 96
                lever
                252217992 96
                 00
                340248216616919058324855213193514-38
                lever
                340248216616919058324855213193514-38
                 00
                 00
                 00
                lever
                 00
                 00
                340248216516919058324855213193514 38
                lever
                340248216516919058324855213193514 38
                 00
                 00
                 00
                 00
                340248216516919058324855213193514-38
                lever
                340248216516919058324855213193514-38
                 00
                62983468872531651012352679-94
                 00
                lever
                 00
                 00
                340248216516919058324855465411507-34
                lever
                340248216516919058324855465411507-34
                 00
                 00
                lever
                 00
                 01
                340248216516919058324855213193514 38
                lever
                340248216516919058324855213193514 38
                 00
                 00
                 00
                 00
                52016208090 47
                lever
                52016208090 47
                148309810704048338606365834100965741-67
                 00
                 00
                lever
                 00
                 00
                 00
                lever
                 00
                 00
                58324855213193514380000000000000000000000000000 00
                lever
                58324855213193514380000000000000000000000000000 00
                3402482165169 19
                252217992-96
                lever
                252217992-96
                 00
                99999999990658933654030-51
                 00
                lever
                 00
                 00
                9340814127976 53
                lever
                9340814127976 53
                 00
                504435985-92
                lever
                504435985-92
                 00
                2294172009941291585826061473884641234503578792 28
                22941720099412915858260614 73
                lever
                22941720099412915858260614 73
                 00
                 00
                 00
                 00
                875063300000000000000000000000000000000252217992 96
                lever
                875063300000000000000000000000000000000252217992 96
                 00
                402482165169190243000335615016085475144786806485 62
                 00
                lever
                 00
                 00
                 00
                 00
                 00
                99932573577212-93
                 00
                lever
                 00
                 00
                -1000000000000000000025221799,296
                lever
                -1000000000000000000025221799,296
                0,000
                -9065893365403,050
                lever
                -9065893365403,050
                0,000
                25221799,296
                lever
                25221799,296
                0,000
                0,000
                0,000
                0,000
                0,000
                lever
                0,000
                0,000
                -934106634596949
                -93410663459
                -93410663459
                0
                0
                0
                0
                0
                0
                0
                42391184761677672558034515769855018334306951337
                lever
                42391184761677672558034515769855018334306951337
                0
                0
                0
                lever
                0
                0

                """#),
    ]
}

import TerminalKit
import ParcoursKit

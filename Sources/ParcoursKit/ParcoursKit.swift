import EventLog
import ParcoursDomain

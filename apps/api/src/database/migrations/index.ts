import { DataSourceOptions } from 'typeorm';
import { StemweekWrongCodes1796695628275 } from './1796695628275-stemweek-wrong-codes';
import { AddressVerification1796692150808 } from './1796692150808-address-verification';
import { VotingKeys1796690000000 } from './1796690000000-voting-keys';
import { PaperSheetMarks1796651379432 } from './1796651379432-paper-sheet-marks';
import { SealedBallotBox1796650198509 } from './1796650198509-sealed-ballot-box';
import { NeighbourhoodMeetings1795743739803 } from './1795743739803-neighbourhood-meetings';
import { Stemweek1795742877775 } from './1795742877775-stemweek';
import { ProposalsProgressFollows1795742581259 } from './1795742581259-proposals-progress-follows';
import { Initial1795741494949 } from './1795741494949-initial';
import { SignInThrottle1796693000000 } from './1796693000000-sign-in-throttle';

export const MIGRATIONS: NonNullable<DataSourceOptions['migrations']> = [Initial1795741494949, ProposalsProgressFollows1795742581259, Stemweek1795742877775, NeighbourhoodMeetings1795743739803, SealedBallotBox1796650198509, PaperSheetMarks1796651379432, VotingKeys1796690000000, AddressVerification1796692150808, SignInThrottle1796693000000, StemweekWrongCodes1796695628275];

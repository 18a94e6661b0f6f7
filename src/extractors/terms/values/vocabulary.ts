// Label wording, in priority order. Grounded labels (research §4.1–4.2): "Hourly rate", "Weekly
// limit", manual time allowed or not, project price, "In escrow"/funds in escrow, "Milestones",
// "Due …". Every other spelling is a GUESSED variant the page might use instead.
export const RATE = ['Hourly rate', 'Rate', 'Pay rate', 'Bill rate'];
export const WEEKLY_LIMIT = ['Weekly limit', 'Weekly hour limit', 'Hours per week', 'Limit'];
export const MANUAL_TIME = ['Manual time', 'Manual time allowed', 'Allow manual time', 'Manual time entry'];
export const PRICE = ['Project price', 'Total project price', 'Fixed price', 'Fixed-price', 'Budget', 'Total price', 'Contract price', 'Total amount'];
// Upwork is renaming "escrow" to "project funds" (support 211063748, research §2.5).
export const ESCROW = ['In escrow', 'Funds in escrow', 'Escrow', 'Project funds', 'In project funds', 'Funds in project funds'];
export const START = ['Start date', 'Started', 'Started on', 'Contract start', 'Start'];
export const TYPE = ['Contract type', 'Job type', 'Payment type', 'Type'];
export const TERMS = ['Description of work', 'Work description', 'Contract terms', 'Terms', 'Description', 'Scope of work', 'Scope'];
export const CLIENT = ['Client', 'Client name', 'Hired by'];
export const FREELANCER = ['Freelancer', 'Freelancer name', 'Contractor', 'Talent'];
export const MILESTONES = ['Milestones', 'Milestone timeline', 'Milestone'];

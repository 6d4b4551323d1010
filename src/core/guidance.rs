//! Content that is not tied to one model.

use crate::core::catalog::CATALOG;

/// What organisations at the top of any ladder keep doing to stay there (paraphrased from the
/// list of structural habits in Annette Franz's article; the sources agree there is no ceiling).
pub const KEEP_DOING: &[&str] = &[
    "Keep personas of your customers current and use them in decisions",
    "Know what each kind of customer prefers",
    "Serve different customers differently where it matters to them",
    "Keep listening to customers through every channel",
    "Watch for shifts in your industry and in what customers expect",
    "Measure how well you deliver, and keep the measures honest",
    "Show customers what you changed because of their feedback",
    "Keep your customer journey maps up to date",
    "Manage the experience across silos, not one department at a time",
    "Get ahead of changes instead of reacting to them",
    "Keep innovating so the experience stays distinctive",
    "Keep improving the processes behind the experience",
    "Hire people who care about customers",
    "Make sure every employee can describe the experience you mean to deliver",
    "Make the brand promise clear and live it in every interaction",
    "Stay focused on customers when priorities or leaders change",
    "Give the customer a voice in every meeting that affects them",
];

/// Where `KEEP_DOING` comes from.
pub const KEEP_DOING_SOURCE: &str = "Annette Franz, \"You've Achieved #CX Greatness. What's Next?\" (CX Journey blog)";

/// For results at the top of a ladder: the top is not a resting place (Annette Franz's article).
pub const TOP_WARNING: &str = "Awards do not prove maturity: they show you did better than others at one moment. \
     Leaders also slip back, for example when a new chief executive or leadership team changes course, and \
     customers' expectations keep moving, so there is no ceiling to reach.";

/// On every result: follow the plan through and measure again. The plan and its measures follow
/// the four-stage article's advice on evaluating and advancing maturity; the pace follows the
/// sources' point that maturity takes a long time, so a re-take comes when the plan has had time.
pub const FOLLOW_THROUGH: &str = "Turn these steps into a plan with goals, and track it against customer measures \
     such as satisfaction and loyalty and business measures such as revenue growth. Review the plan's steps every \
     month or quarter and adjust it as the figures come in. Maturity grows slowly, so take this assessment again \
     once the plan has had time to work, about a year on or after a major change such as a new leadership team, and \
     ask several people from different functions to answer it separately.";

/// Where `FOLLOW_THROUGH` comes from: the article the four-stage model is built on, cited as
/// that model cites it (so a result citing both lists it once).
pub fn follow_through_source() -> &'static str {
    CATALOG.iter().find(|e| e.id == "four-stages").map_or("", |e| e.source)
}

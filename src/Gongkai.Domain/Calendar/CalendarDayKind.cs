namespace Gongkai.Domain.Calendar;

/// <summary>
/// What a State Council holiday notice (国务院办公厅关于某年部分节假日安排的通知) says about one date.
/// Persisted and exported as "off" / "workday"; never renamed.
/// </summary>
public enum CalendarDayKind
{
    /// <summary>放假: a statutory holiday or a day off joined to one.</summary>
    Off,

    /// <summary>调休上班: a Saturday or Sunday worked in exchange for a day off.</summary>
    Workday,
}

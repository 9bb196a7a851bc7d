namespace Gongkai.Domain.AnnualReports;

/// <summary>How a request enters a year's table 三: by exactly one of its two intake rows.</summary>
public enum RequestIntake
{
    /// <summary>一、本年新收政府信息公开申请数量: received within the year.</summary>
    NewThisYear,

    /// <summary>二、上年结转政府信息公开申请数量: received before the year and still open on 1 January.</summary>
    CarriedOver,
}

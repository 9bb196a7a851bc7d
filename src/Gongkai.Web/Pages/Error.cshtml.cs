using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>
/// The Chinese error page of every failed page request (exception handler and status-code pages re-execute it with
/// the original method, so it answers every method and needs no antiforgery token).
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    private int? _status;

    /// <summary>The status answered (read from the failed response, or <c>?code=</c> when opened directly).</summary>
    public int Status => _status ??= Read();

    /// <summary>The title.</summary>
    public string Title => Status switch
    {
        400 => "请求无效",
        404 => "页面不存在",
        _ => ApiProblems.Title(Status),
    };

    /// <summary>What the visitor can do.</summary>
    public string Message => Status switch
    {
        400 => "请求的格式或参数不正确。如果是提交表单，页面可能已过期，请返回刷新页面后重新填写提交。",
        404 => "您访问的页面或记录不存在，请检查地址，或从首页重新进入。",
        405 => "该页面不支持此操作，请从页面上的链接或按钮进入。",
        503 => DatabaseOutage.Detail,
        413 => $"提交的内容过大（上限 {PortalLimits.MaxRequestBodyBytes / 1024} KB），请删减后重新提交。",
        >= 500 => "系统暂时无法处理您的请求，请稍后再试。您已提交的申请不受影响。",
        _ => ApiProblems.Detail(Status),
    };

    private int Read()
    {
        var failed = HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        var code = int.TryParse(Request.Query["code"], out var c) ? c : 0;
        var status = Response.StatusCode is >= 400 and < 600 ? Response.StatusCode : code is >= 400 and < 600 ? code : 500;
        if (failed && status < 400)
        {
            status = 500;
        }

        Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return status;
    }
}

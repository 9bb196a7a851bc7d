using Gongkai.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Calendar;

internal sealed class HolidayArrangementConfiguration : IEntityTypeConfiguration<HolidayArrangement>
{
    public void Configure(EntityTypeBuilder<HolidayArrangement> builder)
    {
        builder.HasKey(a => a.Date);
        builder.Property(a => a.Kind).HasConversion(k => k == CalendarDayKind.Off ? "off" : "workday", s => s == "off" ? CalendarDayKind.Off : CalendarDayKind.Workday).HasMaxLength(10);
        builder.Property(a => a.Holiday).HasMaxLength(40);
        builder.HasIndex(a => a.NoticeYear);
    }
}

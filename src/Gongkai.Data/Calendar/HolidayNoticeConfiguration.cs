using Gongkai.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Calendar;

internal sealed class HolidayNoticeConfiguration : IEntityTypeConfiguration<HolidayNotice>
{
    public void Configure(EntityTypeBuilder<HolidayNotice> builder)
    {
        builder.HasKey(n => n.Year);
        builder.Property(n => n.Year).ValueGeneratedNever();
        builder.Property(n => n.Source).HasMaxLength(500);
    }
}

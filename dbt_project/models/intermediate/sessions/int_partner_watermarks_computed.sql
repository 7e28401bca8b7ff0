with events as (

    select * from {{ ref('stg_sessionlens__events') }}

),

final as (

    select
        partner_id,
        max(event_at) as watermark_at

    from events
    group by partner_id

)

select * from final

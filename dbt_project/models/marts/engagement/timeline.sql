{{ config(unique_key=['partner_id', 'session_id']) }}

-- The 10-second timeline rolled up to minutes: the gateway answers every query that
-- does not need the 10-second grain from these six times fewer rows.
with ten_seconds as (

    select * from {{ ref('timeline_ten_seconds') }} {{ where_affected('sessions') }}

),

final as (

    select
        partner_id,
        session_id,
        user_id,
        minute_at,
        cast(sum(heartbeats) as {{ dbt.type_bigint() }}) as heartbeats,
        cast(sum(engaged_heartbeats) as {{ dbt.type_bigint() }}) as engaged_heartbeats,
        cast(sum(reactions) as {{ dbt.type_bigint() }}) as reactions,
        cast(sum(chat_messages) as {{ dbt.type_bigint() }}) as chat_messages,
        -- One name and context per (session, user): grouping by them keeps them.
        name,
        country,
        device,
        platform

    from ten_seconds
    group by partner_id, session_id, user_id, minute_at, name, country, device, platform

)

select * from final

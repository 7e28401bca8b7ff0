with events as (

    select * from {{ ref('stg_sessionlens__events') }}

)

select
    {{ event_envelope_columns() | join(', ') }},
    error_type,
    code as error_code,
    message as error_message
from events
where event_type = 'error'
